/// A named entity found in an article.
public struct Entity: Hashable, Codable, Sendable {
    /// Where the entity's name stands in the text, without determiner.
    public var span: Span
    /// What kind of thing the name denotes.
    public var type: EntityType
    /// The name exactly as written in the text.
    public var text: String

    /// Creates an entity.
    public init(span: Span, type: EntityType, text: String) {
        self.span = span
        self.type = type
        self.text = text
    }

    private enum CodingKeys: String, CodingKey { case start, end, type, text }

    /// Decodes the flat `{start, end, type, text}` form of the analysis JSON.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = try c.decodeSpan(start: .start, end: .end)
        type = try c.decode(EntityType.self, forKey: .type)
        text = try c.decode(String.self, forKey: .text)
    }

    /// Encodes the flat `{start, end, type, text}` form of the analysis JSON.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(type, forKey: .type)
        try c.encode(text, forKey: .text)
    }
}
