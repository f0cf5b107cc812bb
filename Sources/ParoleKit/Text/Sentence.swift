/// A sentence: a run of tokens inside one paragraph.
public struct Sentence: Hashable, Sendable {
    /// The sentence's span in the article.
    public var span: Span
    /// The indices of its tokens in ``Document/tokens``, as a half-open range.
    public var tokens: Range<Int>
    /// The index of its paragraph in ``Document/paragraphs``.
    public var paragraph: Int

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}

/// A paragraph: one non-blank line of the article.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's span in the article, line break excluded.
    public var span: Span
    /// The indices of its tokens in ``Document/tokens``.
    public var tokens: Range<Int>
    /// The indices of its sentences in ``Document/sentences``.
    public var sentences: Range<Int>

    /// Creates a paragraph.
    public init(span: Span, tokens: Range<Int>, sentences: Range<Int>) {
        self.span = span
        self.tokens = tokens
        self.sentences = sentences
    }
}
