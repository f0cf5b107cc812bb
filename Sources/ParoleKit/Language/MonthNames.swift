/// How a language writes a date in words: its months' names and the ordinals it writes some
/// days with ("1er"), read from the language's `months.txt` (both sections required), for
/// the datelines that open news paragraphs ("22 mai 2012. - …").
public struct MonthNames: Sendable, Equatable {
    /// The months' names, lower-case, January first: twelve of them.
    public let months: [String]
    /// Days written as ordinals, lower-case, with their number ("1er" → 1).
    public let dayOrdinals: [String: Int]

    /// The names in the text of a `months.txt` file; a missing section, a count of months other
    /// than twelve or an ordinal without its number is an error naming the file.
    public init(parsing text: String, name: String = "months.txt") throws {
        let parsed = ResourceText.sections(text, name: name, required: ["months", "day-ordinals"])
        if let problem = parsed.problem { throw ResourceFormatError(description: problem) }
        let months = (parsed.sections["months"] ?? []).flatMap { $0 }.map { $0.lowercased() }
        guard months.count == 12 else {
            throw ResourceFormatError(description: "\(name): [months] holds \(months.count) names, not 12")
        }
        var ordinals: [String: Int] = [:]
        for line in parsed.sections["day-ordinals"] ?? [] {
            guard line.count == 2, let day = Int(line[1]), (1...31).contains(day) else {
                throw ResourceFormatError(
                    description:
                        "\(name): [day-ordinals] line \"\(line.joined(separator: " "))\" is not a word and a day"
                )
            }
            ordinals[line[0].lowercased()] = day
        }
        self.months = months
        self.dayOrdinals = ordinals
    }

    /// The month (1 for January) that `word` names, if any; `word` in any case.
    public func month(_ word: some StringProtocol) -> Int? {
        months.firstIndex(of: word.lowercased()).map { $0 + 1 }
    }

    /// The day of the month `word` writes: a number, or an ordinal ("1er"); nil otherwise.
    public func day(_ word: some StringProtocol) -> Int? {
        if let day = Int(word) { return day }
        return dayOrdinals[word.lowercased()]
    }

    /// The names of the language an analysis or page names by its code ("fr", "fr-FR"): the
    /// default language's when the code is empty (unknown), none for a language without them,
    /// so one language's months are never read in another's text (as ``WordLists/of(languageCode:)``).
    public static func of(languageCode code: String) -> MonthNames? {
        let base = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return base.isEmpty || base == "fr" ? french : nil
    }

    /// French, from the package's `months.txt` (its resource folder is `fr`; naming the code
    /// here spares loading all of ``Language/french`` to read a date); a missing or malformed file stops with its message.
    static let french: MonthNames = {
        do {
            return try MonthNames(parsing: ResourceFile.text("months.txt"))
        } catch {
            preconditionFailure("ParoleKit resource fr/months.txt: \(error)")
        }
    }()
}
