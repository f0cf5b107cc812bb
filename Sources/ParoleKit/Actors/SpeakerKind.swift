/// What kind of source a quoted actor is, as the statistics count it: the analysis's
/// `ActorKind`, with a place standing for its government counted as an organisation.
public enum SpeakerKind: String, Codable, Sendable, CaseIterable {
    /// A person named in the article.
    case person
    /// An organisation, institution or government (a capital standing for its government too).
    case organisation
    /// A source the article does not name: "un porte-parole de l'UE", "une source diplomatique".
    case anonymous
    /// A text that speaks for its owner: "le communiqué", "le rapport".
    case document

    /// The kind of `actor`, from the kind the analysis gave it.
    public static func of(_ actor: Actor) -> SpeakerKind {
        switch actor.kind {
        case .person: return .person
        case .organisation, .government: return .organisation
        case .anonymousSource: return .anonymous
        case .document: return .document
        }
    }

    /// The French word lists, loaded once; a missing section stops the program with its name.
    public static let frenchWords: WordLists = {
        do {
            return try WordLists(
                parsing: ResourceFile.text("speech-words.txt"), name: "speech-words.txt",
                required: WordLists.speechSections)
        } catch {
            ResourceFile.unusable(error)
        }
    }()
}
