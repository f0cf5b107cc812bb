/// A library's answer that a request cannot be done as asked (no such actor, a name too long,
/// nothing to undo): the status line shows its words as they are, without the library's path
/// that an error of the library itself is prefixed with.
public struct LibraryRefusal: Error, CustomStringConvertible {
    /// Why, as one short sentence.
    public let reason: String

    /// Creates a refusal saying `reason`.
    public init(_ reason: String) { self.reason = reason }

    /// The reason, its first letter in capitals as the status line's messages are.
    public var description: String { reason.prefix(1).uppercased() + reason.dropFirst() }
}
