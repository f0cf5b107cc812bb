import ParoleKit

/// The one rule that tells what sort of source a library actor is, from the kinds of its
/// appearances across articles: `parole actors` (text and JSON) and the reader's library actor
/// picker both use it, so an actor never reads as an anonymous source in one and a person in the
/// other.
///
/// An actor is an anonymous source when its appearances as one outnumber its named appearances
/// (as a person or an organisation, counted together) and are at least as many as its
/// appearances as a document; a document when those outnumber both. Any other actor is a named
/// one, told by its entity type: a person when typed `PER`, else an organisation. Person and
/// organisation appearances are not weighed against each other: the actor's type already says
/// which it is, and counting them apart would need every appearance read, where the rule needs
/// only the unnamed ones (a partial index) and each actor's total (`appearance_actor`).
enum LibraryActorKind {
    /// The kind of an actor typed `type` with `anonymous` and `document` appearances among
    /// `total`.
    static func of(type: EntityType, anonymous: Int, document: Int, total: Int) -> SpeakerKind {
        let named = total - anonymous - document
        if anonymous > named, anonymous >= document { return .anonymous }
        if document > named, document > anonymous { return .document }
        return type == .person ? .person : .organisation
    }
}
