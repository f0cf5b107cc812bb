extension Analyzer {
    /// The headings of `document`: the first paragraph as the title when another paragraph
    /// follows it or it reads as a heading, then every later paragraph that reads as a heading
    /// (``readsAsHeading(_:in:)``).
    func headings(in document: Document) -> [Heading] {
        var headings: [Heading] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let reads = readsAsHeading(paragraph, in: document)
            if p == 0 {
                if reads || document.paragraphs.count > 1 {
                    headings.append(Heading(span: paragraph.span, kind: .title))
                }
            } else if reads {
                headings.append(Heading(span: paragraph.span, kind: .subheading))
            }
        }
        return headings
    }

    /// Whether `paragraph` reads as a heading rather than body text: the analysis's heading test
    /// (``TextView/isHeading(_:)``: a short line with a word, without final punctuation, not an
    /// item of a list, not ending with a mark that leads into what follows), or a question alone
    /// on its line that is no item of a list, one sentence of at most as many words ("Et
    /// maintenant ?", the question of an interview).
    ///
    /// The question line is the one difference from the speaker resolver's headings: there an
    /// interview's question is body text, the turn the next words in guillemets answer (asking
    /// `TextView.isHeading` counts it as such).
    func readsAsHeading(_ paragraph: Paragraph, in document: Document) -> Bool {
        let line = paragraph.tokens.lazy.map { document.tokens[$0] }
        if TextView.isHeading(line, grammar: language.quoteGrammar) { return true }
        guard let first = line.first, !language.quoteGrammar.listMarks.contains(first.norm),
            line.contains(where: \.isWordLike)
        else { return false }
        return isQuestionLine(paragraph, in: document)
    }

    /// Whether `paragraph` is one short sentence that ends with a question mark of the language
    /// (`question-marks` of its quote grammar; before any closing quotation mark).
    private func isQuestionLine(_ paragraph: Paragraph, in document: Document) -> Bool {
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
        return language.quoteGrammar.contains(.questionMarks, document.text(last.span))
    }
}
