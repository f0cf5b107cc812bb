extension Analyzer {
    /// The headings of `document`: the first paragraph as the title when another paragraph
    /// follows it or it reads as a heading, then every later paragraph that reads as a heading
    /// and has a word: a line the speaker resolver never takes a speaker from
    /// (``TextView/isHeading(_:)``: at most ``TextView/headingWords`` words, no final full stop),
    /// or a question alone on its line, one sentence of at most as many words ("Et maintenant ?",
    /// the question of an interview). A line of figures (a table's cell) is no heading.
    static func headings(in document: Document) -> [Heading] {
        var headings: [Heading] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let line = paragraph.tokens.lazy.map { document.tokens[$0] }
            let reads = TextView.isHeading(line) || isQuestionLine(paragraph, in: document)
            if p == 0 {
                if reads || document.paragraphs.count > 1 {
                    headings.append(Heading(span: paragraph.span, kind: .title))
                }
            } else if reads, line.contains(where: \.isWordLike) {
                headings.append(Heading(span: paragraph.span, kind: .subheading))
            }
        }
        return headings
    }

    /// Whether `paragraph` is one short sentence that ends with a question mark (before any
    /// closing quotation mark).
    private static func isQuestionLine(_ paragraph: Paragraph, in document: Document) -> Bool {
        guard paragraph.sentences.count == 1, paragraph.tokens.count <= 3 * TextView.headingWords else {
            return false
        }
        var words = 0
        var last: Token?
        for i in paragraph.tokens {
            let token = document.tokens[i]
            if token.isWordLike { words += 1 }
            if token.kind != .closeQuote { last = token }
        }
        guard words <= TextView.headingWords, let last, last.kind == .terminal else { return false }
        return document.text(last.span) == "?"
    }
}
