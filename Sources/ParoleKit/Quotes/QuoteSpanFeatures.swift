/// The features ``QuoteSpanScorer`` reads of one stretch in quotation marks: its shape (words,
/// capital, closing punctuation, clause words, first person), the words right before and after
/// the marks, whether other stretches stand in a list with it or repeat it, whether its sentence
/// reports speech. Every name is language-neutral; the words behind them
/// come from the language's word lists.
struct QuoteSpanFeatures {
    let view: TextView
    /// How often each stretch's words (normalised, joined) stand in marks in the document.
    let repeats: [String: Int]
    /// The words of the stretches that a label noun names somewhere in the document ("le film
    /// « … »"): every stretch with the same words is that name ("« … » : …" in a heading).
    let labelled: Set<String>

    init(view: TextView, stretches: [QuotedStretch]) {
        self.view = view
        var repeats: [String: Int] = [:]
        for stretch in stretches { repeats[Self.key(stretch.content, view), default: 0] += 1 }
        self.repeats = repeats
        var labelled: Set<String> = []
        for stretch in stretches {
            let named =
                stretch.open.map { Self.labelNounBefore($0, in: view.sentence(of: $0), view) } == true
                || stretch.close.map { Self.labelNounAfter($0, paragraph: stretch.paragraph, view) } == true
            if named { labelled.insert(Self.key(stretch.content, view)) }
        }
        self.labelled = labelled
    }

    /// The words of `range`, normalised, joined by spaces. A plain loop: the lazy filter and
    /// map it replaces were iterated through unspecialised generic calls, a tenth of the quote
    /// stage on press articles.
    private static func key(_ range: Range<Int>, _ view: TextView) -> String {
        let tokens = view.tokens
        var key = ""
        var first = true
        for i in range where tokens[i].isWordLike {
            if !first { key += " " }
            key += tokens[i].norm
            first = false
        }
        return key
    }

    private var tokens: [Token] { view.tokens }

    /// The features of `stretch` (index `s` of `stretches`), whose words and sentence `context`
    /// holds, attributed by the words `cue` (nil: by none).
    func features(
        stretch: QuotedStretch, index s: Int, stretches: [QuotedStretch], cue: Range<Int>?,
        context: AttributionContext
    ) -> [String] {
        var f = ["bias"]
        // Where the attributing words stand: after the marks, right before them, a few words or
        // further before.
        if let cue, let open = stretch.open {
            let distance = open - cue.upperBound
            f.append(
                cue.lowerBound > open
                    ? "cue:after" : distance <= 2 ? "cue:near" : distance <= 8 ? "cue:mid" : "cue:far")
        } else {
            f.append("cue:none")
        }
        let content = context.content
        let words = context.words
        f.append(
            words <= 1
                ? "w:1"
                : words == 2
                    ? "w:2"
                    : words <= 4
                        ? "w:3-4"
                        : words <= 7
                            ? "w:5-7"
                            : words <= 15 ? "w:8-15" : "w:16+")
        if context.isClauseLike { f.append("clause-like") }
        if context.startsUpper { f.append("upper") }
        if context.isTitle && words >= 2 { f.append("title") }
        if stretch.content.contains(where: { tokens[$0].kind == .terminal }) { f.append("terminal") }
        let grammar = view.grammar
        var clause = false
        var person = false
        for i in content where tokens[i].isWordLike {
            let norm = tokens[i].norm
            if view.auxiliaries.contains(norm) || view.language.words.subjectPronouns[norm] != nil {
                clause = true
            }
            if grammar.contains(.speakingPersons, norm) { person = true }
        }
        if clause { f.append("clause") }
        if person { f.append("person") }
        if view.isHeading(paragraph: stretch.paragraph) { f.append("heading") }
        let key = Self.key(stretch.content, view)
        if repeats[key, default: 0] > 1 { f.append("again") }
        if labelled.contains(key) { f.append("named") }
        // Before the opening mark.
        if let open = stretch.open {
            f.append("b:" + wordClass(before: open, in: context.sentence))
            if open >= 2, context.sentence.contains(open - 2), isDeterminer(open - 2),
                tokens[open - 1].kind == .word
            {
                f.append("b2:det")
            }
        } else {
            f.append("b:none")
        }
        // After the closing mark.
        if let close = stretch.close {
            f.append("a:" + wordClass(after: close, paragraph: stretch.paragraph))
        } else {
            f.append("a:none")
        }
        // A work or a sign named near the marks: "le film « … »", "une banderole sans ambiguïté :
        // « … »", "« … », le slogan de la campagne".
        // With a speech verb attributing the words ("a dénoncé le terme « … »"), someone is
        // reported using them: a feature of its own.
        if let open = stretch.open, Self.labelNounBefore(open, in: context.sentence, view) {
            f.append(cue == nil ? "label:before" : "label:before+cue")
        }
        if let close = stretch.close, Self.labelNounAfter(close, paragraph: stretch.paragraph, view) {
            f.append("label:after")
        }
        // Stretches listed together: « A », « B » et « C ».
        if isListed(s, stretches) { f.append("list") }
        if context.isSpeechSentence() { f.append("speech-sentence") }
        // How many sentences back the last quote with a named speaker stands.
        if let last = context.lastSpoken {
            let gap = context.sentenceIndex - last.sentence
            f.append(gap == 0 ? "gap:0" : gap == 1 ? "gap:1" : "gap:2+")
        } else {
            f.append("gap:none")
        }
        return f
    }

    private func isDeterminer(_ i: Int) -> Bool {
        tokens[i].isWordLike && view.determiners.contains(tokens[i].norm)
    }

    /// How many words before an opening mark, or after the comma that follows a closing one, a
    /// label noun still names what the marks hold.
    static let labelReach = 4

    /// Whether a label noun of the grammar (a work, a sign, a name: "film", "banderole",
    /// "slogan") stands among the few words before the opening mark at `open`, in its sentence
    /// and with no other quotation mark between.
    private static func labelNounBefore(_ open: Int, in sentence: Range<Int>, _ view: TextView) -> Bool {
        let tokens = view.tokens
        var k = open - 1
        while k >= max(sentence.lowerBound, open - Self.labelReach) {
            let t = tokens[k]
            if t.kind == .openQuote || t.kind == .closeQuote || t.kind == .terminal { return false }
            if view.labelNounNames(k, open: open, sentence: sentence) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a comma after the closing mark at `close` opens a phrase headed by a label noun:
    /// "« … », le slogan de la coalition".
    private static func labelNounAfter(_ close: Int, paragraph: Int, _ view: TextView) -> Bool {
        let tokens = view.tokens
        let end = view.doc.paragraphs[paragraph].tokens.upperBound
        guard close + 2 < end, view.grammar.contains(.commaMarks, tokens[close + 1].norm) else {
            return false
        }
        for k in (close + 2)..<min(end, close + 2 + Self.labelReach) {
            let t = tokens[k]
            if t.kind == .word, view.grammar.contains(.labelNouns, t.norm) { return true }
            guard view.determiners.contains(t.norm) || t.kind == .elision else { return false }
        }
        return false
    }

    /// What stands right before the opening mark at `open`.
    private func wordClass(before open: Int, in sentence: Range<Int>) -> String {
        guard open > sentence.lowerBound, open > 0 else { return "start" }
        let t = tokens[open - 1]
        switch t.kind {
        case .terminal: return "start"
        case .closeQuote: return "quote"
        case .openQuote: return "quote"
        case .number: return "number"
        case .word, .elision, .clitic:
            if view.grammar.contains(.indefiniteArticles, t.norm) { return "indef" }
            if isDeterminer(open - 1) { return "det" }
            if view.grammar.contains(.nameConnectors, t.norm) { return "prep" }
            if view.grammar.contains(.complementizers, t.norm) { return "complementizer" }
            return t.isCapitalized ? "name" : "word"
        default:
            if view.grammar.contains(.colonMarks, t.norm) { return "colon" }
            if view.grammar.contains(.commaMarks, t.norm) { return "comma" }
            return "punct"
        }
    }

    /// What stands right after the closing mark at `close`.
    private func wordClass(after close: Int, paragraph: Int) -> String {
        let end = view.doc.paragraphs[paragraph].tokens.upperBound
        guard close + 1 < end else { return "end" }
        let t = tokens[close + 1]
        switch t.kind {
        case .terminal: return "terminal"
        case .openQuote, .closeQuote: return "quote"
        case .number: return "number"
        case .word, .elision, .clitic:
            if view.grammar.contains(.nameConnectors, t.norm) { return "prep" }
            return t.isCapitalized ? "name" : "word"
        default:
            // "« … », Revue des territoires, 2022": a comma and a capital, as in a reference.
            if view.grammar.contains(.commaMarks, t.norm) {
                return close + 2 < end && tokens[close + 2].isCapitalized ? "comma-capital" : "comma"
            }
            if view.grammar.contains(.openingBrackets, t.norm) { return "paren" }
            return "punct"
        }
    }

    /// Whether stretch `s` stands in a list of stretches: only a comma or a coordinator
    /// between its marks and the marks of the stretch before or after.
    private func isListed(_ s: Int, _ stretches: [QuotedStretch]) -> Bool {
        func joined(_ a: QuotedStretch, _ b: QuotedStretch) -> Bool {
            guard let close = a.close, let open = b.open, open > close, open - close <= 3 else {
                return false
            }
            return (close + 1..<open).allSatisfy {
                view.grammar.contains(.commaMarks, tokens[$0].norm)
                    || view.grammar.contains(.coordinators, tokens[$0].norm)
            }
        }
        return (s > 0 && joined(stretches[s - 1], stretches[s]))
            || (s + 1 < stretches.count && joined(stretches[s], stretches[s + 1]))
    }
}
