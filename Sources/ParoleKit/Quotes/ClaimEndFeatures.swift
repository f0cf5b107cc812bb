/// The features of one place where a reported claim may end: right after the closing mark of
/// words in quotation marks inside it, when the sentence goes on ("estime que le prix est
/// « plutôt généreux », autour de onze fois …", "a dit avoir « beaucoup douté » pendant …").
/// Whether the claim stops there is learned, with the quote span weights (features named
/// `end…`, trained by `parole-train quote-span-weights` on where the gold claims end), rather
/// than ruled: the words after the comma decide it in some articles and not in others. Every
/// name is language-neutral; the words behind them come from the language's word lists.
struct ClaimEndFeatures {
    let view: TextView

    /// The feature every decision holds (its own bias): a claim stops where the weights of its
    /// features sum to more than 0, so without learned weights every claim goes on.
    static let base = "end"

    /// The features of stopping the claim that opens at `start` right after the closing mark at
    /// `close` (whose opening mark is `open`), in `sentence`; nil when nothing but punctuation
    /// that ends the clause anyway follows the mark.
    func features(close: Int, open: Int, start: Int, sentence: Range<Int>) -> [String]? {
        let tokens = view.tokens
        let grammar = view.grammar
        let n = close + 1
        guard n < sentence.upperBound, !view.isClauseBreak(n), tokens[n].kind != .closeQuote else {
            return nil
        }
        let comma = grammar.contains(.commaMarks, tokens[n].norm)
        let w = comma ? n + 1 : n
        guard w < sentence.upperBound, !view.isClauseBreak(w) else { return nil }
        let joint = comma ? "comma" : "joined"
        let next = wordClass(w)
        var f = [Self.base, "end:" + joint, "end:next:" + next, "end:" + joint + ":" + next]
        // Whether the claim before the marks holds a verb of its own ("que le prix est « … »")
        // or the marks open it ("a dit « … »", "qu'« … »").
        let claimBefore = start..<open
        if claimBefore.isEmpty || !view.hasWord(claimBefore) {
            f.append("end:marks-open")
        } else if claimBefore.contains(where: { view.pairOfToken[$0] < 0 && view.isFiniteVerb($0) }) {
            f.append("end:verb-before")
        } else {
            f.append("end:no-verb-before")
        }
        // The words after the mark up to the next comma, the sentence's end or other marks: a
        // finite verb there opens a clause of its own ("…, la cour ayant écarté" has none).
        var j = w
        var verb = false
        var words = 0
        while j < sentence.upperBound, !view.isClauseBreak(j), view.pairOfToken[j] < 0,
            !(j > w && grammar.contains(.commaMarks, tokens[j].norm))
        {
            if tokens[j].isWordLike { words += 1 }
            if view.isFiniteVerb(j) { verb = true }
            j += 1
        }
        if verb { f.append("end:verb-after") }
        f.append(words <= 3 ? "end:phrase:1-3" : words <= 8 ? "end:phrase:4-8" : "end:phrase:9+")
        if j < sentence.upperBound, view.pairOfToken[j] >= 0 { f.append("end:marks-after") }
        let rest = (w..<sentence.upperBound).lazy.filter { tokens[$0].isWordLike }.count
        f.append(rest <= 4 ? "end:rest:1-4" : rest <= 12 ? "end:rest:5-12" : "end:rest:13+")
        return f
    }

    /// What the word at `w`, after the mark (and its comma), is.
    private func wordClass(_ w: Int) -> String {
        let t = view.tokens[w]
        let grammar = view.grammar
        switch t.kind {
        case .number: return "number"
        case .openQuote, .closeQuote: return "quote"
        case .word, .elision, .clitic:
            if grammar.contains(.contrastConjunctions, t.norm) { return "contrast" }
            if grammar.contains(.coordinators, t.norm) { return "coordinator" }
            if grammar.contains(.complementizers, t.norm) { return "complementizer" }
            if grammar.contains(.relativePronouns, t.norm) || grammar.contains(.clauseRelatives, t.norm) {
                return "relative"
            }
            if grammar.contains(.gerundMarkers, t.norm) { return "gerund" }
            if view.isDeterminer(w) { return "det" }
            if view.roleOfToken[w].contains(.cueHead) { return "speech" }
            if view.hasPresentParticipleForm(w) { return "present-form" }
            if view.npStops.contains(t.norm) { return "prep" }
            if view.isAdverb(w) { return "adverb" }
            return t.isCapitalized ? "capital" : "word"
        default: return "punct"
        }
    }
}
