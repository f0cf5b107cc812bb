import ParoleKit

/// A change the user asks for in one article, before it becomes a stored `Correction`.
public enum CorrectionRequest: Sendable, Hashable {
    /// Quote number `quote` (1-based, in text order) was said by `speaker`.
    case speaker(quote: Int, name: String)
    /// Quote number `quote` is not a quote.
    case notQuote(quote: Int)
    /// The actor named `actor` is the one named `into`.
    case merge(actor: String, into: String)
    /// Undoes the merges of the actor named `actor` made in this article.
    case split(actor: String)
    /// The person named `actor` is of `gender`.
    case gender(actor: String, SpeakerGender)
}
