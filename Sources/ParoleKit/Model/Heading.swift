/// A paragraph of the article that is a heading, not body text: the title or a subheading, as
/// the analysis tells them from the text alone (a short line without final punctuation, never
/// a line ending with ":", ";" or "," nor an item of a list; see `Analyzer.readsAsHeading`).
public struct Heading: Hashable, Codable, Sendable {
    /// The heading's paragraph: the same span as its entry in ``Analysis/paragraphs``.
    public var span: Span
    /// Whether it is the title or a subheading.
    public var kind: HeadingKind

    /// Creates a heading.
    public init(span: Span, kind: HeadingKind) {
        self.span = span
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case start, end, kind }

    /// Decodes the flat `{start, end, kind}` form of the analysis JSON.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = try c.decodeSpan(start: .start, end: .end)
        kind = try c.decode(HeadingKind.self, forKey: .kind)
    }

    /// Encodes the flat `{start, end, kind}` form of the analysis JSON.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(kind, forKey: .kind)
    }
}
