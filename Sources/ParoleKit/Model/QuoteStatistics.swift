/// Who gets quoted across articles (a library, part of it, or one article): quotes and speakers by kind of source,
/// quoted people by gender, the most quoted actors, quotes by month and by site.
///
/// Encoded as the JSON of `parole stats --format json` (docs/statistics.md); every count is a
/// count of the rows `parole quotes` lists with the same filters.
public struct QuoteStatistics: Codable, Sendable, Hashable {
    /// One of the most quoted actors.
    public struct TopActor: Codable, Sendable, Hashable {
        /// The library actor's name.
        public var actor: String
        /// Its quotes within the filters.
        public var quotes: Int
        /// person, organisation, anonymous or document.
        public var type: String
        /// female, male or unknown (people only; unknown for others).
        public var gender: String

        /// Creates an entry.
        public init(actor: String, quotes: Int, type: String, gender: String) {
            self.actor = actor
            self.quotes = quotes
            self.type = type
            self.gender = gender
        }
    }

    /// Quotes counted.
    public var quotes: Int
    /// Quotes by kind of speaker: person, organisation, anonymous, document, and unattributed
    /// (no speaker found); they add up to `quotes`.
    public var byType: [String: Int]
    /// Distinct quoted actors by kind.
    public var speakersByType: [String: Int]
    /// Distinct quoted people by gender: female, male, unknown.
    public var people: [String: Int]
    /// Quotes of people by their gender.
    public var peopleQuotes: [String: Int]
    /// The most quoted actors, most quoted first.
    public var top: [TopActor]
    /// Quotes by month of the article's date (`2012-07`; `undated` for articles without a date).
    public var byMonth: [String: Int]
    /// Quotes by site: the host of the article's address, else the site's name, or `local` for files.
    public var bySite: [String: Int]

    /// Creates statistics from their counts.
    public init(
        quotes: Int = 0, byType: [String: Int]? = nil, speakersByType: [String: Int]? = nil,
        people: [String: Int]? = nil, peopleQuotes: [String: Int]? = nil, top: [TopActor] = [],
        byMonth: [String: Int] = [:], bySite: [String: Int] = [:]
    ) {
        self.quotes = quotes
        self.byType = byType ?? Self.zeroes(SpeakerKind.allCases.map(\.rawValue) + ["unattributed"])
        self.speakersByType = speakersByType ?? Self.zeroes(SpeakerKind.allCases.map(\.rawValue))
        self.people = people ?? Self.zeroes(SpeakerGender.allCases.map(\.rawValue))
        self.peopleQuotes = peopleQuotes ?? Self.zeroes(SpeakerGender.allCases.map(\.rawValue))
        self.top = top
        self.byMonth = byMonth
        self.bySite = bySite
    }

    private static func zeroes(_ keys: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
    }

    enum CodingKeys: String, CodingKey {
        case quotes, top, people
        case byType = "by_type"
        case speakersByType = "speakers_by_type"
        case peopleQuotes = "people_quotes"
        case byMonth = "by_month"
        case bySite = "by_site"
    }
}
