/// Everything Parole found in one article: plain values, ready to print as JSON or
/// to hand to the reader.
public struct Analysis: Hashable, Codable, Sendable {
    /// The article's identifier: its file name without extension, or what the caller chose.
    public var id: String
    /// The language of the analysis ("fr").
    public var lang: String
    /// The article's title: its first paragraph.
    public var title: String
    /// The article's text as decoded; every offset points into it, in Unicode scalars.
    public var text: String
    /// Where each paragraph stands, in order; blank lines are not paragraphs.
    public var paragraphs: [Span]
    /// Named entities in text order.
    public var entities: [Entity]
    /// Quotations in text order.
    public var quotes: [Quote]
    /// People and organisations, in order of first mention.
    public var actors: [Actor]
    /// The paragraphs that are headings (the title, subheadings), in text order.
    public var headings: [Heading]

    /// Creates an analysis.
    public init(
        id: String, lang: String = "fr", title: String, text: String, paragraphs: [Span],
        entities: [Entity], quotes: [Quote], actors: [Actor], headings: [Heading] = []
    ) {
        self.id = id
        self.lang = lang
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
        self.entities = entities
        self.quotes = quotes
        self.actors = actors
        self.headings = headings
    }

    private enum CodingKeys: String, CodingKey {
        case id, lang, title, text, paragraphs, entities, quotes, actors, headings
    }

    /// Decodes an analysis; a document written before `headings` existed decodes with none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        lang = try c.decode(String.self, forKey: .lang)
        title = try c.decode(String.self, forKey: .title)
        text = try c.decode(String.self, forKey: .text)
        paragraphs = try c.decode([Span].self, forKey: .paragraphs)
        entities = try c.decode([Entity].self, forKey: .entities)
        quotes = try c.decode([Quote].self, forKey: .quotes)
        actors = try c.decode([Actor].self, forKey: .actors)
        headings = try c.decodeIfPresent([Heading].self, forKey: .headings) ?? []
    }

    /// The actor with identifier `id`, if there is one.
    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
}
