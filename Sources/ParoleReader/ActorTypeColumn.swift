import ParoleKit

/// The type column of the Actors panel: the entity type of a person or an organisation ("PER",
/// "ORG"), and for other sources what they are — an anonymous source is not a named person even
/// when its phrase is typed PER.
enum ActorTypeColumn {
    /// The column's text for `actor`, at most four columns wide.
    static func text(for actor: Actor) -> String {
        switch actor.kind {
        case .person, .organisation: actor.type.rawValue
        case .anonymousSource: "anon"
        case .document: "doc"
        case .government: "gov"
        }
    }

    /// The column's text for a library actor of type `type` and kind `kind` (the kind of most of
    /// its appearances): a place speaking as an organisation is a government.
    static func text(kind: SpeakerKind, type: EntityType) -> String {
        switch kind {
        case .person: type.rawValue
        case .organisation: type == .location ? "gov" : type.rawValue
        case .anonymous: "anon"
        case .document: "doc"
        }
    }
}
