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

/// Pairs quotation marks of every style the language's rules list (`TokenizerRules.quoteStyles`:
/// for French « » and reversed » … «, “ ” and „ “, ‘ ’ when standing apart from words, ‹ ›) and
/// straight "…", nested in any order. A closing mark with nothing open is dropped, a mark closes
/// the innermost open mark of its own style (marks of another style opened inside it and never
/// closed are dropped), and a quote left open at the end of a paragraph runs on into the next
/// paragraph when that one opens with a mark.
struct GuillemetPairer {
    /// The language's styles, then the straight quote's (script-level, every language's).
    private let styles: [QuoteStyle]

    /// The index of the straight quote in `styles`.
    private let straight: Int

    /// The scalars of every style's marks, when each mark is one scalar (nil otherwise): a
    /// punctuation token whose scalar is none of them is no mark, known without making its text
    /// and asking every style (commas and full stops are most of the tokens asked about).
    private let markScalars: Set<Unicode.Scalar>?

    /// A pairer of the quotation marks of `rules`.
    init(rules: TokenizerRules = .french) {
        styles = rules.quoteStyles + [QuoteStyle(opens: ["\""], closes: ["\""])]
        straight = styles.count - 1
        var scalars: Set<Unicode.Scalar>? = []
        for style in styles {
            for mark in style.opens.union(style.closes) {
                if mark.unicodeScalars.count == 1, let scalar = mark.unicodeScalars.first {
                    scalars?.insert(scalar)
                } else {
                    scalars = nil
                }
            }
        }
        markScalars = scalars
    }

    /// A quotation mark found in a paragraph.
    private struct Mark {
        var token: Int
        var style: Int
        var opens: Bool
    }

    /// The quotation marks of `range`, in order, each with its style and direction. "»" before
    /// any « and followed by a « in the same paragraph opens a reversed pair (» … «).
    private func marks(_ doc: Document, _ range: Range<Int>) -> [Mark] {
        var out: [Mark] = []
        // Per style, whether a mark of `out` opens it, and whether one that only opens it (not
        // also a closing mark of the style) does: kept as marks are added, so that each mark
        // asks in constant time what a scan of `out` would answer (a line of 40,000 “ took 46 s).
        var opened = [Bool](repeating: false, count: styles.count)
        var openedByOpenerOnly = [Bool](repeating: false, count: styles.count)
        for i in range {
            let t = doc.tokens[i]
            guard t.kind == .openQuote || t.kind == .closeQuote || t.kind == .punctuation,
                t.span.end - t.span.start == 1
            else { continue }
            if t.kind == .punctuation, let markScalars, !markScalars.contains(doc.scalars[t.span.start]) {
                continue
            }
            let c = t.kind == .punctuation || t.norm == "'" || t.norm == "\"" ? doc.text(t.span) : t.norm
            for (s, style) in styles.enumerated()
            where style.opens.contains(c) || style.closes.contains(c) {
                let opens: Bool
                if style.opens.contains(c) && style.closes.contains(c) {
                    // “ closes „ but opens “ ” (it closes when a mark that only opens its style
                    // opened before); a straight quote: the tokenizer's reading.
                    opens =
                        s != straight
                        ? !openedByOpenerOnly[s]
                        // A paragraph never starts by closing a quote: there a straight mark
                        // opens (a quote over several paragraphs reopens each one).
                        : t.kind != .closeQuote || i == range.lowerBound
                } else {
                    opens = style.opens.contains(c)
                }
                // ‘ ’ only as marks apart from words: ’ glued to a letter is an apostrophe.
                if t.kind == .punctuation, !opens, let scalar = c.unicodeScalars.first,
                    c.unicodeScalars.count == 1, CharClass.isApostrophe(scalar), i > range.lowerBound,
                    doc.tokens[i - 1].span.end == t.span.start, doc.tokens[i - 1].isWordLike,
                    !opened[s]
                {
                    break
                }
                out.append(Mark(token: i, style: s, opens: opens))
                if opens {
                    opened[s] = true
                    if !style.closes.contains(doc.text(t.span)) { openedByOpenerOnly[s] = true }
                }
                break
            }
        }
        // Reversed guillemets: » … « (the paragraph's first guillemet closes and its last opens).
        for r in styles.indices where styles[r].reversible {
            guard let first = out.firstIndex(where: { $0.style == r }), !out[first].opens,
                let last = out.lastIndex(where: { $0.style == r }), out[last].opens
            else { continue }
            var expectOpen = true
            for k in out.indices where out[k].style == r {
                out[k].opens = expectOpen
                expectOpen.toggle()
            }
        }
        return out
    }

    /// The top-level quoted stretches of `doc`, in text order.
    func stretches(in doc: Document) -> [QuotedStretch] {
        var out: [QuotedStretch] = []
        var runningChain: Int? = nil
        var chains = 0
        for (p, paragraph) in doc.paragraphs.enumerated() {
            var stack: [Mark] = []
            // How many marks of each style `stack` holds: a mark whose style is not open, or a
            // straight quote with none open, is known without scanning the stack.
            var openCount = [Int](repeating: 0, count: styles.count)
            var first = true
            var continuing = runningChain
            runningChain = nil
            for mark in marks(doc, paragraph.tokens) {
                // A straight quote closes the one left open, else it opens.
                let closesStraight = mark.style == straight && openCount[straight] > 0
                if mark.opens && !closesStraight {
                    stack.append(mark)
                    openCount[mark.style] += 1
                    continue
                }
                guard openCount[mark.style] > 0, let k = stack.lastIndex(where: { $0.style == mark.style })
                else { continue }
                let opening = stack[k]
                for dropped in stack[k...] { openCount[dropped.style] -= 1 }
                stack.removeSubrange(k...)
                if stack.isEmpty {
                    let chain = (first ? continuing : nil) ?? chains
                    if chain == chains { chains += 1 }
                    out.append(
                        QuotedStretch(
                            open: opening.token, close: mark.token, content: (opening.token + 1)..<mark.token,
                            paragraph: p, chain: chain))
                    first = false
                    continuing = nil
                }
            }
            if let open = stack.first {
                let chain = (first ? continuing : nil) ?? chains
                if chain == chains { chains += 1 }
                out.append(
                    QuotedStretch(
                        open: open.token, close: nil, content: (open.token + 1)..<paragraph.tokens.upperBound,
                        paragraph: p, chain: chain))
                // The quote goes on only if the next paragraph opens with a quotation mark.
                if p + 1 < doc.paragraphs.count {
                    let next = doc.paragraphs[p + 1].tokens
                    if let f = next.first, !marks(doc, f..<(f + 1)).isEmpty { runningChain = chain }
                }
            }
        }
        return out
    }
}
