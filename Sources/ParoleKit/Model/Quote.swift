/// How a quotation is reported.
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    /// Words between guillemets that a source said: a whole clause or more.
    case direct
    /// A short fragment in guillemets inside the journalist's own sentence.
    case partial
    /// Reported speech: a speech verb followed by its content clause.
    case indirect
    /// A claim attributed with "selon X", "d'après X" or an opening "Pour X, …".
    case according
}

/// Who said a quotation, as named in the text, and the actor that phrase refers to.
public struct Speaker: Hashable, Codable, Sendable {
    /// The phrase naming the speaker where the attribution was made. For a pronoun
    /// ("a-t-il ajouté") this is the name of the actor it was resolved to.
    public var text: String
    /// Where that phrase stands in the text.
    public var span: Span
    /// The identifier of the actor the speaker was resolved to, if any.
    public var actor: String?

    /// Creates a speaker.
    public init(text: String, span: Span, actor: String?) {
        self.text = text
        self.span = span
        self.actor = actor
    }

    private enum CodingKeys: String, CodingKey { case text, start, end, actor }

    /// Decodes the flat `{text, start, end, actor}` form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        span = try c.decodeSpan(start: .start, end: .end)
        actor = try c.decodeIfPresent(String.self, forKey: .actor)
    }

    /// Encodes the flat `{text, start, end, actor}` form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(actor, forKey: .actor)
    }
}

/// A quotation: what was said, how it is reported, and by whom.
public struct Quote: Hashable, Codable, Sendable {
    /// Where the quoted words stand, without the guillemets around them.
    public var span: Span
    /// The quoted words exactly as written.
    public var text: String
    /// How the words are reported.
    public var kind: QuoteKind
    /// The words that attribute the quote ("a-t-il ajouté", "selon"), if any.
    public var cue: TextRef?
    /// Who said it, if the analysis could tell.
    public var speaker: Speaker?
    /// The outlet that relayed the words ("a rapporté Reuters"), if named.
    public var via: TextRef?

    /// Creates a quote.
    public init(
        span: Span, text: String, kind: QuoteKind, cue: TextRef? = nil, speaker: Speaker? = nil,
        via: TextRef? = nil
    ) {
        self.span = span
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.via = via
    }

    private enum CodingKeys: String, CodingKey { case start, end, text, kind, cue, speaker, via }

    /// Decodes the flat form of the analysis JSON.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = try c.decodeSpan(start: .start, end: .end)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decode(QuoteKind.self, forKey: .kind)
        cue = try c.decodeIfPresent(TextRef.self, forKey: .cue)
        speaker = try c.decodeIfPresent(Speaker.self, forKey: .speaker)
        via = try c.decodeIfPresent(TextRef.self, forKey: .via)
    }

    /// Encodes the flat form of the analysis JSON; absent cue, speaker and via are `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(cue, forKey: .cue)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(via, forKey: .via)
    }
}
