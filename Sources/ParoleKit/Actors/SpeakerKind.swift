/// What kind of source a quoted actor is, as the statistics count it.
public enum SpeakerKind: String, Codable, Sendable, CaseIterable {
    /// A person named in the article.
    case person
    /// An organisation, institution or government (a capital standing for its government too).
    case organisation
    /// A source the article does not name: "un porte-parole de l'UE", "une source diplomatique".
    case anonymous
    /// A text that speaks for its owner: "le communiqué", "le rapport".
    case document

    /// The kind of `actor`: a name in lower case is a role phrase — a document when its head is
    /// a document noun, an organisation when an institution noun, else an unnamed (anonymous)
    /// source; a named person is a person; any other named actor an organisation, except
    /// named things (MISC: works, laws, reports), which are documents.
    public static func of(_ actor: Actor, words: WordLists = SpeakerKind.frenchWords) -> SpeakerKind {
        let parts = actor.name.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
        guard let first = parts.first else { return .anonymous }
        if first.first.map({ $0.isLowercase }) == true {
            let determiners = words.words("determiners")
            let head =
                parts.lazy.map { $0.lowercased() }.first { !determiners.contains($0) && $0 != "l" } ?? ""
            if words.words("document-nouns").contains(head) { return .document }
            if words.words("institution-nouns").contains(head) { return .organisation }
            return .anonymous
        }
        switch actor.type {
        case .person: return .person
        case .miscellaneous: return .document
        case .organization, .location: return .organisation
        }
    }

    /// The French word lists, loaded once.
    public static let frenchWords = WordLists(parsing: ResourceFile.text("speech-words.txt"))
}
