/// An article's text cut into paragraphs, sentences and tokens.
///
/// The text is kept as an array of Unicode scalars so that every offset Parole reports
/// can be turned back into text in constant time.
public struct Document: Sendable {
    /// The article's text as Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// Every token, in text order.
    public let tokens: [Token]
    /// Every sentence, in text order.
    public let sentences: [Sentence]
    /// Every non-blank paragraph, in text order.
    public let paragraphs: [Paragraph]

    /// Creates a document from its parts; use ``Tokenizer`` to make one from text.
    public init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph]) {
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The text at `span`, exactly as written.
    public func text(_ span: Span) -> String {
        ScalarText.string(scalars, span.start..<span.end)
    }

    /// The text covered by the tokens in `range`, from the first one's start to the last one's end.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end))
    }

    /// The span covered by the tokens in `range` (empty range: an empty span at 0).
    public func span(tokens range: Range<Int>) -> Span {
        guard !range.isEmpty else { return Span(0, 0) }
        return Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }

    /// The index of the sentence that holds token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int {
        var lo = 0
        var hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= index { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The index of the first token whose start is at or after `offset`.
    public func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
