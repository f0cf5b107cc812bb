extension Analyzer {
    /// The headings of `document`: the first paragraph as the title when another paragraph
    /// follows it or it reads as a heading, then every later paragraph that reads as a heading
    /// (``readsAsHeading(_:in:)``).
    static func headings(in document: Document) -> [Heading] {
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

    /// Whether `paragraph` reads as a heading rather than body text: it has a word, does not
    /// open with a list mark (``listMarks``: an item of a list, a line of dialogue), does not
    /// end with a mark that leads into what follows (``leadingEnds``: "… a ajouté :", a list
    /// item ending with ";"), and is either a short line without final punctuation
    /// (``TextView/isHeading(_:)``: at most ``TextView/headingWords`` words, not ending with
    /// . ! ? or … before any closing quotation mark) or a question alone on its line, one
    /// sentence of at most as many words ("Et maintenant ?", the question of an interview).
    ///
    /// Stricter than `TextView.isHeading`, which the speaker resolver asks: that one also
    /// counts a short line ending with ":" or ";" or opening with a dash, and the resolver
    /// still takes a speaker from the cue of such a line ("Le maire, Paul Morel, a ajouté :"
    /// before a quotation).
    static func readsAsHeading(_ paragraph: Paragraph, in document: Document) -> Bool {
        let line = paragraph.tokens.lazy.map { document.tokens[$0] }
        guard let first = line.first, let last = line.last(where: { $0.kind != .closeQuote }),
            line.contains(where: \.isWordLike), !listMarks.contains(document.text(first.span)),
            !leadingEnds.contains(document.text(last.span))
        else { return false }
        return TextView.isHeading(line) || isQuestionLine(paragraph, in: document)
    }

    /// The marks that open an item of a list or a line of dialogue.
    static let listMarks: Set<String> = ["-", "–", "—", "•", "·", "*", "▪", "◦", "‣", "►"]

    /// The marks that end a line leading into the next one: an introduction, a list item.
    static let leadingEnds: Set<String> = [":", ";", ","]

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
