/// Grammatical gender, as far as the text tells.
public enum Gender: UInt8, Sendable {
    /// Masculine.
    case masculine
    /// Feminine.
    case feminine
    /// Not known, or either.
    case unknown

    /// Whether a referent of this gender can be named by a pronoun of gender `other`.
    public func agrees(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}

/// The word lists of `speech-words.txt`: auxiliaries, adverbs, determiners, pronouns,
/// role nouns with their gender, and the other small sets the quote finder needs.
public struct WordLists: Sendable {
    /// The sections of the file, by name, as sets of lower-case words.
    public let sections: [String: Set<String>]
    /// Role nouns with their gender.
    public let roleNouns: [String: Gender]
    /// Subject pronouns with their gender and whether they are plural.
    public let subjectPronouns: [String: (gender: Gender, plural: Bool)]

    /// Creates word lists from the text of a `speech-words.txt` file.
    public init(parsing text: String) {
        var sections: [String: Set<String>] = [:]
        var roles: [String: Gender] = [:]
        var pronouns: [String: (gender: Gender, plural: Bool)] = [:]
        var current = ""
        for line in ResourceText.lines(text) {
            let trimmed = line.text
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                current = String(trimmed.dropFirst().dropLast())
                // A section without words is there all the same (a required one may be empty).
                if sections[current] == nil { sections[current] = [] }
                continue
            }
            let words = ResourceText.words(trimmed)
            switch current {
            case "role-nouns" where words.count >= 2:
                roles[words[0]] = Self.gender(words[1])
                sections[current, default: []].insert(words[0])
            case "subject-pronouns" where words.count >= 3:
                pronouns[words[0]] = (Self.gender(words[1]), words[2] == "p")
                sections[current, default: []].insert(words[0])
            default:
                sections[current, default: []].formUnion(words)
            }
        }
        self.sections = sections
        self.roleNouns = roles
        self.subjectPronouns = pronouns
    }

    /// The sections every `speech-words.txt` must have (each may be empty): the ones the quote
    /// finder, the resolver and the gender lexicon read.
    public static let speechSections = [
        "auxiliaries", "plural-auxiliaries", "non-finite-auxiliaries", "adverbs", "determiners",
        "subject-pronouns", "plural-pronouns", "role-nouns", "institution-nouns", "document-nouns",
        "cited-documents", "owner-connectors", "complement-connectors", "honorifics", "np-stops",
        "clause-stops", "figure-glosses",
    ]

    /// Reads word lists from the text of the file `name`; throws naming the first section of
    /// `required` the text lacks.
    public init(parsing text: String, name: String, required: [String]) throws {
        self.init(parsing: text)
        if let missing = required.first(where: { sections[$0] == nil }) {
            throw ResourceFormatError(description: "\(name): section [\(missing)] is missing")
        }
    }

    /// The words of section `name`.
    public func words(_ name: String) -> Set<String> { sections[name] ?? [] }

    private static func gender(_ code: String) -> Gender {
        code == "m" ? .masculine : code == "f" ? .feminine : .unknown
    }
}
