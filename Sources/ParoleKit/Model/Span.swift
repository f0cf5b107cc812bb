/// A half-open range of Unicode scalar offsets into an article's text.
///
/// Every position Parole reports — entities, quotes, cues, speakers — is a `Span`,
/// so that a consumer can highlight the text without parsing it again.
public struct Span: Hashable, Comparable, Codable, Sendable {
    /// The offset of the first scalar in the span.
    public var start: Int
    /// The offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span from `start` up to, but not including, `end`.
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of scalars the span covers.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension Span {
    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes `{start, end}`, refusing a span that ends before it starts or starts before 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self = try c.decodeSpan(start: .start, end: .end)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a span stored flat as two offsets under `start` and `end`; a span that ends before
    /// it starts or starts before 0 is a decoding error, not a crash.
    func decodeSpan(start: Key, end: Key) throws -> Span {
        let s = try decode(Int.self, forKey: start)
        let e = try decode(Int.self, forKey: end)
        guard s >= 0, s <= e else {
            throw DecodingError.dataCorruptedError(
                forKey: end, in: self, debugDescription: "span \(s)..<\(e) ends before it starts")
        }
        return Span(s, e)
    }
}
