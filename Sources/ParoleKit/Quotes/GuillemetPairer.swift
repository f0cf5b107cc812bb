/// Words between quotation marks at the top level of a paragraph.
struct QuotedStretch {
    /// The opening mark's token, or nil when the stretch continues a quote of the previous paragraph
    /// without a new opening mark.
    var open: Int?
    /// The closing mark's token, or nil when the quote runs on to the end of the paragraph.
    var close: Int?
    /// The tokens between the marks.
    var content: Range<Int>
    /// The index of the paragraph.
    var paragraph: Int
    /// Stretches of one quote that runs over several paragraphs share a chain number.
    var chain: Int
}

/// Pairs quotation marks: « » with nested “ ” or ‹ ›, straight quotes, and quotes that run
/// over several paragraphs, each new paragraph opening with « again.
struct GuillemetPairer {
    /// The top-level quoted stretches of `doc`, in text order.
    func stretches(in doc: Document) -> [QuotedStretch] {
        var out: [QuotedStretch] = []
        var runningChain: Int? = nil
        var chains = 0
        for (p, paragraph) in doc.paragraphs.enumerated() {
            var depth = 0
            var start = 0
            var first = true
            var continuing = runningChain
            runningChain = nil
            for i in paragraph.tokens {
                let t = doc.tokens[i]
                switch t.kind {
                case .openQuote:
                    if depth == 0 { start = i }
                    depth += 1
                case .closeQuote where depth > 0:
                    depth -= 1
                    if depth == 0 {
                        let chain = (first ? continuing : nil) ?? chains
                        if chain == chains { chains += 1 }
                        out.append(
                            QuotedStretch(
                                open: start, close: i, content: (start + 1)..<i, paragraph: p, chain: chain))
                        first = false
                        continuing = nil
                    }
                default:
                    break
                }
            }
            if depth > 0 {
                let chain = (first ? continuing : nil) ?? chains
                if chain == chains { chains += 1 }
                out.append(
                    QuotedStretch(
                        open: start, close: nil, content: (start + 1)..<paragraph.tokens.upperBound,
                        paragraph: p,
                        chain: chain))
                // The quote goes on only if the next paragraph opens with a quotation mark.
                if p + 1 < doc.paragraphs.count {
                    let next = doc.paragraphs[p + 1].tokens
                    if let f = next.first, doc.tokens[f].kind == .openQuote { runningChain = chain }
                }
            }
        }
        return out
    }
}
