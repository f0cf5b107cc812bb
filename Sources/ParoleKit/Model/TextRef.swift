/// A stretch of the article's text together with where it stands: a cue, a speaker
/// phrase or the outlet that relayed a quote.
public struct TextRef: Hashable, Codable, Sendable {
    /// The words exactly as written.
    public var text: String
    /// Where they stand.
    public var span: Span

    /// Creates a reference to `text` at `span`.
    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }

    private enum CodingKeys: String, CodingKey { case text, start, end }

    /// Decodes the flat `{text, start, end}` form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = try c.decodeSpan(start: .start, end: .end)
    }

    /// Encodes the flat `{text, start, end}` form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
    }
}
