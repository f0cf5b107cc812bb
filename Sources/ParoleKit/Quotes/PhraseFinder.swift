/// Finds noun phrases and subjects around a position: the speaker after an inverted verb,
/// the subject before a verb, a sentence's subject, the antecedent of "qui".
struct PhraseFinder {
    let view: TextView
    private let connectors: Set<String>
    private let objectPronouns: Set<String>

    init(view: TextView) {
        self.view = view
        connectors = view.language.words.words("owner-connectors")
        objectPronouns = view.grammar.words(.objectClitics)
    }
    private let maxLength = 14

    private var tokens: [Token] { view.tokens }

    /// Whether token `i` can be inside a noun phrase.
    private func isPhraseWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if view.entity(at: i) != nil { return true }
        guard t.kind == .word || t.kind == .elision || t.kind == .number else { return false }
        if connectors.contains(t.norm) { return true }
        if view.npStops.contains(t.norm) || view.auxiliaries.contains(t.norm) { return false }
        if t.kind == .elision && !view.grammar.contains(.phraseElisions, t.norm) { return false }
        // "une note", "le juge": after a determiner a form of a speech verb is a noun.
        if !t.isCapitalized, !(i > 0 && view.isDeterminer(i - 1) && !view.isDeterminer(i)),
            let forms = view.language.speech.lookup(t.norm),
            forms.contains(where: { $0.shape == .finite })
        {
            return false
        }
        return true
    }

    /// Whether a determiner at token `k`, inside a phrase that a determiner opened at `start`,
    /// opens a phrase of its own: lower-case, after a noun, not after a connector, another
    /// determiner or a predeterminer ("à la presse | le ministre"; "le ministre de la Justice",
    /// "tous les experts", "Monsieur le rapporteur", "le ministre Le Drian" go on).
    private func opensNextPhrase(_ k: Int, after start: Int) -> Bool {
        guard k > start, view.isDeterminer(start), view.isDeterminer(k), !tokens[k].isCapitalized,
            !connectors.contains(tokens[k].norm)
        else { return false }
        let before = tokens[k - 1].norm
        return !connectors.contains(before) && !view.isDeterminer(k - 1)
            && !view.grammar.contains(.predeterminers, before) && tokens[k - 1].kind != .number
    }

    /// The noun phrase that starts at token `i`, if any, not beyond `limit`.
    func phrase(startingAt i: Int, limit: Int) -> Range<Int>? {
        var k = i
        while k < limit, k - i < maxLength, isPhraseWord(k), !opensNextPhrase(k, after: i) {
            if let e = view.entity(at: k) {
                k = max(k + 1, view.entityTokens[e].upperBound)
                // A name ends the phrase unless a complement follows: "Dmitri Peskov a dit".
                if k < limit, !connectors.contains(tokens[k].norm) { break }
            } else {
                k += 1
            }
        }
        // A phrase does not end on a connector or a determiner.
        while k > i, connectors.contains(tokens[k - 1].norm) || view.isDeterminer(k - 1) { k -= 1 }
        guard k > i, view.hasWord(i..<k) else { return nil }
        return i..<k
    }

    /// The noun phrase that ends just before token `end`, not before `floor`.
    func phrase(endingBefore end: Int, floor: Int) -> Range<Int>? {
        var b = end
        while b > floor, end - b < maxLength {
            let k = b - 1
            if let e = view.entity(at: k) {
                b = max(floor, view.entityTokens[e].lowerBound)
                continue
            }
            guard isPhraseWord(k) else { break }
            b = k
        }
        // Start at the first determiner, name or capital, so that verbs of a preceding clause stay out.
        var start = b
        while start < end,
            !(view.isDeterminer(start) || view.entity(at: start) != nil || tokens[start].isCapitalized)
        {
            start += 1
        }
        if start == end { start = b }
        while start < end, connectors.contains(tokens[start].norm) { start += 1 }
        guard start < end, view.hasWord(start..<end) else { return nil }
        return start..<end
    }

    /// Who is the subject of a verb that starts at token `verb`: a pronoun, a relative "qui",
    /// a name with or without apposition, or a noun phrase.
    func subject(before verb: Int, floor: Int) -> SpeakerRef {
        var k = verb - 1
        while k >= floor, objectPronouns.contains(tokens[k].norm) || view.adverbs.contains(tokens[k].norm) {
            if tokens[k].kind != .elision, view.grammar.contains(.definiteArticles, tokens[k].norm) { break }
            k -= 1
        }
        guard k >= floor else { return .none }
        let t = tokens[k]
        if view.grammar.contains(.impersonalPronouns, t.norm) { return SpeakerRef(kind: .impersonal) }
        if view.language.words.subjectPronouns[t.norm] != nil { return SpeakerRef(kind: .pronoun(k)) }
        if view.grammar.contains(.relativePronouns, t.norm) {
            return antecedent(ofRelativeAt: k, floor: floor)
        }
        // "X se dit … et pense que": a coordinated verb shares the sentence's subject.
        if view.grammar.contains(.coordinators, t.norm) {
            var clauseStart = k
            while clauseStart > floor, !view.isClauseBreak(clauseStart - 1) { clauseStart -= 1 }
            return sentenceSubject(clauseStart..<k)
        }
        if t.norm == "," { return apposedSubject(endingAtComma: k, floor: floor) }
        if let np = phrase(endingBefore: k + 1, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
        return .none
    }

    /// The antecedent of a relative "qui" at token `k`.
    func antecedent(ofRelativeAt k: Int, floor: Int) -> SpeakerRef {
        guard k - 1 >= floor else { return .none }
        if tokens[k - 1].norm == "," { return apposedSubject(endingAtComma: k - 1, floor: floor) }
        if let np = phrase(endingBefore: k, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
        return .none
    }

    /// A subject followed by an apposition between commas: "Dmitri Peskov, porte-parole du
    /// Kremlin," or "Le porte-parole du Kremlin, Dmitri Peskov,". `comma` is the closing comma.
    func apposedSubject(endingAtComma comma: Int, floor: Int) -> SpeakerRef {
        var open = comma - 1
        let bound = max(floor, comma - QuoteFinder.reach)
        while open >= bound, tokens[open].norm != ",", !view.isClauseBreak(open), view.pairOfToken[open] < 0 {
            open -= 1
        }
        let inner = (open + 1)..<comma
        guard open >= bound, tokens[open].norm == ",", !inner.isEmpty else {
            // No opening comma: the phrase before the comma is the subject.
            if let np = phrase(endingBefore: comma, floor: floor) { return SpeakerRef(kind: .phrase(np)) }
            return .none
        }
        let before = phrase(endingBefore: open, floor: floor)
        // "Le porte-parole du Kremlin, (M.) Dmitri Peskov,": the person, the role as alias.
        if let person = view.person(in: inner), person.upperBound == comma,
            person.lowerBound - inner.lowerBound <= 1
        {
            return SpeakerRef(kind: .phrase(person), alias: before)
        }
        if let before { return SpeakerRef(kind: .phrase(before), alias: inner) }
        return SpeakerRef(kind: .phrase(inner))
    }

    /// The subject of the sentence `range`: its opening noun phrase, after adverbial openings
    /// ("Mercredi,", "De son côté,"), with a name in apposition preferred.
    func sentenceSubject(_ range: Range<Int>) -> SpeakerRef {
        var i = range.lowerBound
        var attempts = 0
        while i < range.upperBound, attempts < 3 {
            attempts += 1
            while i < range.upperBound, tokens[i].kind == .punctuation || tokens[i].kind == .openQuote {
                if tokens[i].kind == .openQuote { return .none }
                i += 1
            }
            guard i < range.upperBound else { return .none }
            let t = tokens[i]
            if view.language.words.subjectPronouns[t.norm] != nil { return SpeakerRef(kind: .pronoun(i)) }
            let startsPhrase =
                view.isDeterminer(i) || view.entity(at: i) != nil
                || (t.isCapitalized && !view.adverbs.contains(t.norm))
            if startsPhrase, let np = phrase(startingAt: i, limit: range.upperBound),
                !np.allSatisfy({ view.adverbs.contains(tokens[$0].norm) })
            {
                let after = np.upperBound
                if after + 1 < range.upperBound, tokens[after].norm == ",",
                    let e = view.entity(at: after + 1), view.entities[e].type == .person
                {
                    return SpeakerRef(kind: .phrase(view.entityTokens[e]), alias: np)
                }
                if after < range.upperBound, tokens[after].norm == ",",
                    let e = view.entity(at: np.lowerBound),
                    view.entityTokens[e].upperBound == after
                {
                    // "Barroso, le président de la Commission, se dit": the name, its role in apposition.
                    let role = phrase(startingAt: after + 1, limit: range.upperBound)
                    return SpeakerRef(kind: .phrase(np), alias: role)
                }
                if after < range.upperBound, tokens[after].norm == ",",
                    !isVerbAhead(after + 1, range.upperBound)
                {
                    // "Autre avocat de X, Gilles Simeoni a appris": an opening apposition.
                    i = after + 1
                    continue
                }
                return SpeakerRef(kind: .phrase(np))
            }
            // Skip an adverbial opening up to its comma.
            var c = i
            while c < range.upperBound, c - i < 12, tokens[c].norm != ",", !view.isClauseBreak(c) { c += 1 }
            guard c < range.upperBound, tokens[c].norm == "," else { return .none }
            i = c + 1
        }
        return .none
    }

    /// Whether a verb (an auxiliary or a speech verb) comes within a few tokens of `i`.
    private func isVerbAhead(_ i: Int, _ limit: Int) -> Bool {
        var k = i
        while k < limit, k - i < 3 {
            if view.auxiliaries.contains(tokens[k].norm) { return true }
            if tokens[k].norm == "," { return false }
            k += 1
        }
        return false
    }
}
