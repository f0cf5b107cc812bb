/// How a language writes the feminine of its nationality nouns (demonyms), read from sections of
/// `gender-words.txt`: which endings a noun keeps for both genders ("belge"), how the name
/// lexicon writes a feminine from a masculine ("algérien" → "algérienne", "français" →
/// "française"), and which endings mark a feminine against its masculine for a speaker's gender
/// ("américaine", "bretonne"). Each section is required; an ending rule is one word, "ien>ienne".
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

    /// The inflection in the word sets of a `gender-words.txt` file (`WordLists.sections`): an
    /// ending rule is one word, the masculine's ending, ">", the feminine's ("ien>ienne", ">e"
    /// for an ending added). The feminine is written by the rule of the longest masculine ending
    /// that matches. A missing section or a word that is not a rule is an error naming `name`.
    init(sets: [String: Set<String>], name: String) throws {
        func section(_ title: String) throws -> Set<String> {
            guard let words = sets[title] else {
                throw ResourceFormatError(description: "\(name): missing section [\(title)]")
            }
            return words
        }
        func endings(_ title: String) throws -> [Ending] {
            try section(title).map { word in
                let parts = word.split(separator: ">", omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw ResourceFormatError(
                        description: "\(name): [\(title)] \"\(word)\" is not an ending rule (\"ien>ienne\")")
                }
                return Ending(masculine: String(parts[0]), feminine: String(parts[1]))
            }
            .sorted {
                ($0.masculine.count, $1.masculine, $1.feminine) > (
                    $1.masculine.count, $0.masculine, $0.feminine
                )
            }
        }
        epiceneEndings = try section("epicene-demonym-endings").sorted()
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
        do {
            return try DemonymInflection(
                sets: WordLists(parsing: ResourceFile.text("gender-words.txt")).sections,
                name: "gender-words.txt")
        } catch {
            ResourceFile.unusable(error)
        }
    }()
}
