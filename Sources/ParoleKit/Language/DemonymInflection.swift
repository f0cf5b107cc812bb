/// How a language writes the feminine of its nationality nouns (demonyms), read from sections of
/// `gender-words.txt`: which endings a noun keeps for both genders ("belge"), how the name
/// lexicon writes a feminine from a masculine ("algérien" → "algérienne", "français" →
/// "française"), and which endings mark a feminine against its masculine for a speaker's gender
/// ("américaine", "bretonne"). Each section is required; an ending rule is two words.
public struct DemonymInflection: Sendable {
    /// A change of ending: the masculine's ending and the feminine's ("" for none).
    public struct Ending: Sendable, Equatable {
        /// The ending of the masculine ("ien"; "" matches every noun).
        public var masculine: String
        /// The ending the feminine has in its place ("ienne").
        public var feminine: String
    }

    /// Endings of nouns that are the same for both genders ("e": "belge").
    public let epiceneEndings: [String]
    /// The rules that write a feminine, the first whose masculine ending matches applying.
    public let feminineForms: [Ending]
    /// The endings that mark a feminine whose masculine, the ending replaced, is a demonym.
    public let femaleMarks: [Ending]

    /// The sections it reads.
    static let sections = ["epicene-demonym-endings", "demonym-feminine", "demonym-female-marks"]

    /// The inflection in the sections of a `gender-words.txt` file (`lists`); "-" writes an
    /// empty ending. A missing section or a rule that is not two words is an error naming `name`.
    init(_ sections: [String: [[String]]], name: String) throws {
        func section(_ title: String) throws -> [[String]] {
            guard let lines = sections[title] else {
                throw ResourceFormatError(description: "\(name): missing section [\(title)]")
            }
            return lines
        }
        func endings(_ title: String) throws -> [Ending] {
            try section(title).map { words in
                guard words.count == 2 else {
                    throw ResourceFormatError(
                        description:
                            "\(name): [\(title)] \"\(words.joined(separator: " "))\" is not two endings")
                }
                func ending(_ word: String) -> String { word == "-" ? "" : word }
                return Ending(masculine: ending(words[0]), feminine: ending(words[1]))
            }
        }
        epiceneEndings = try section("epicene-demonym-endings").joined().map { $0 }
        feminineForms = try endings("demonym-feminine")
        femaleMarks = try endings("demonym-female-marks")
    }

    /// Whether `noun` keeps its form for both genders.
    public func isEpicene(_ noun: String) -> Bool { epiceneEndings.contains { noun.hasSuffix($0) } }

    /// The feminine of the masculine `noun`, or nil when it is the same for both genders or no
    /// rule matches.
    public func feminine(of noun: String) -> String? {
        if isEpicene(noun) { return nil }
        guard let rule = feminineForms.first(where: { noun.hasSuffix($0.masculine) }) else { return nil }
        return noun.dropLast(rule.masculine.count) + rule.feminine
    }

    /// French, from the package's `gender-words.txt`; a missing or malformed section stops the
    /// program with its message.
    public static let french: DemonymInflection = {
        let name = "gender-words.txt"
        do {
            let parsed = ResourceText.sections(ResourceFile.text(name), name: name, required: sections)
            if let problem = parsed.problem { throw ResourceFormatError(description: problem) }
            return try DemonymInflection(parsed.sections, name: name)
        } catch {
            ResourceFile.unusable(error)
        }
    }()
}
