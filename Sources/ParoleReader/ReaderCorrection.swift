/// A correction the reader asks the library to record for the article shown (`e`, `x`, `m`,
/// `M`); the library keeps it apart from the analysis and sends the corrected article back.
public enum ReaderCorrection: Hashable, Sendable {
    /// The quote at this index of the analysis was said by the actor (or new speaker) `name`.
    case speaker(quote: Int, name: String)
    /// The quote at this index of the analysis is not a quote.
    case notQuote(quote: Int)
    /// The actor named `actor` is the one named `into`.
    case merge(actor: String, into: String)
    /// Undoes the merges of the actor named `actor`.
    case split(actor: String)
    /// Removes the article's last correction (the newest one kept), whatever it was.
    case undoLast
}
