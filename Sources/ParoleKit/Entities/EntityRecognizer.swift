/// Finds named entities in a tokenized document.
///
/// The analysis depends only on this protocol, so the rule-based recogniser and a
/// trained model can replace each other.
public protocol EntityRecognizer: Sendable {
    /// The entities in `document`, in text order, without overlaps.
    func entities(in document: Document) -> [Entity]
}
