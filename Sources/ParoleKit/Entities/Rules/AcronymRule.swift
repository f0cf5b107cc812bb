import Foundation

/// An acronym and its expansion side by side, one in brackets after the other, are one name
/// written twice and take one type: "Organisation mondiale de la santé (OMS)", "Bureau
/// d'enquêtes et d'analyses (BEA)", "le programme ACE (Automatic Computing Engine)". The
/// expansion is found by the acronym's letters (the initials of its words, joining words
/// skipped) even where the model found nothing; the type is that of the name the model or an
/// earlier rule gave the first of the two, else the second, else an organisation.
struct AcronymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        func name(exactly range: Range<Int>) -> TokenName? {
            nameAt[range.lowerBound].map { names[$0] }.flatMap { $0.range == range ? $0 : nil }
        }
        var out: [TokenName] = []
        for open in c.tokens.indices where c.norm(open) == "(" {
            guard let close = (open + 1..<min(c.tokens.count, open + 12)).first(where: { c.norm($0) == ")" }),
                close > open + 1
            else { continue }
            let inside = (open + 1)..<close
            if inside.count == 1, let letters = acronymLetters(open + 1, c) {
                // "Organisation mondiale de la santé (OMS)".
                if expansionStart(ending: open, letters: letters, c) == nil,
                    let start = expansionStart(ending: open, letters: letters, c, acrossPurpose: true)
                {
                    // "Ligue pour la protection des oiseaux (LPO)": the type of the name the
                    // model opened there ("Convention des Nations unies sur le droit de la mer
                    // (CNUDM)", MISC).
                    let expansion = start..<open
                    let type =
                        name(exactly: expansion)?.type ?? nameAt[start].map { names[$0].type }
                        ?? name(exactly: inside)?.type ?? .organization
                    out += [
                        TokenName(expansion, type, isCertain: true), TokenName(inside, type, isCertain: true),
                    ]
                    continue
                }
                guard let start = expansionStart(ending: open, letters: letters, c) else {
                    if open > 0, let before = nameAt[open - 1].map({ names[$0] }),
                        before.range.upperBound == open,
                        before.range.count >= 2
                    {
                        out.append(TokenName(inside, before.type))
                    } else if nameAt[open + 1] == nil,
                        let start = looseExpansionStart(ending: open, letters: letters, c)
                    {
                        // Words that give no letter ("pour", a comma): "Conseil international pour
                        // l'exploration de la mer (CIEM)".
                        let expansion = start..<open
                        let type = nameAt[start].map { names[$0].type } ?? .organization
                        out += [
                            TokenName(expansion, type, isCertain: true),
                            TokenName(inside, type, isCertain: true),
                        ]
                    }
                    continue
                }
                let expansion = start..<open
                let type = name(exactly: expansion)?.type ?? name(exactly: inside)?.type ?? .organization
                out += [
                    TokenName(expansion, type, isCertain: true), TokenName(inside, type, isCertain: true),
                ]
            } else if open > 0, let letters = acronymLetters(open - 1, c),
                expansionStart(ending: close, letters: letters, c) == open + 1
            {
                // "ACE (Automatic Computing Engine)".
                let acronym = (open - 1)..<open
                let type = name(exactly: acronym)?.type ?? name(exactly: inside)?.type ?? .organization
                out += [TokenName(acronym, type, isCertain: true), TokenName(inside, type, isCertain: true)]
            }
        }
        return c.overlay(names, with: out)
    }

    /// The letters of token `i` when it may be an acronym: one word of 2 to 8 letters, in
    /// capitals ("OMS", "ACE") or capitalised ("Ufip").
    private func acronymLetters(_ i: Int, _ c: EntityRuleContext) -> [Character]? {
        guard c.isAllCaps(i) || c.isCap(i) else { return nil }
        let letters = Array(c.document.text(c.tokens[i].span)).filter(\.isLetter)
        guard (2...8).contains(letters.count) else { return nil }
        return letters
    }

    /// The first token of an expansion written with words that give no letter: the nearest
    /// capitalised word before `end`, within ``maxLooseExpansion`` tokens of words and commas, whose
    /// initial is the acronym's first and which opens a stretch of words only (lower-case ones
    /// after it), with as many words as the acronym has letters or more; nil when none, or when
    /// a verb or a clitic before one (`actingVerb`: "a", "est", "se") stands in between.
    private func looseExpansionStart(ending end: Int, letters: [Character], _ c: EntityRuleContext) -> Int? {
        guard let first = letters.first else { return nil }
        var k = end - 1
        var words = 0
        while k >= 0, end - k <= AcronymRule.maxLooseExpansion,
            c.tokens[k].isWordLike || c.is(k, in: c.words.midSentencePunctuation),
            c.continuesLine(k + 1) || k == end - 1
        {
            if c.tokens[k].isWordLike { words += 1 }
            // A verb ends the name: "la Croix-Rouge a aidé les sinistrés de la tempête (CRT)".
            if c.isLowercaseWord(k), c.is(k, in: c.words.actingVerb), !c.is(k, in: c.words.determiner) {
                return nil
            }
            // A preposition or an adverb opening the sentence opens no name: "Selon le service
            // départemental d'incendie et de secours (SDIS)".
            if c.isCap(k), let initial = c.document.text(c.tokens[k].span).first(where: \.isLetter),
                folded(initial) == folded(first), !c.is(k, in: c.words.breaker)
            {
                return words >= letters.count && !c.is(k, in: c.words.determiner) ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// At most this many tokens in an expansion found by ``looseExpansionStart(ending:letters:_:)``.
    private static let maxLooseExpansion = 16

    /// `letter` without case and accents ("é" and "E" match).
    private func folded(_ letter: Character) -> String {
        String(letter).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The first token of the words before `end` whose initials spell `letters`; joining words
    /// (lower-case "de", "la", "et"…) may be skipped or give a letter ("des" in "CEDEAO"), and so
    /// may, with `acrossPurpose`, the prepositions that carry an institution's name on ("pour",
    /// "en"); the first word is capitalised.
    private func expansionStart(
        ending end: Int, letters: [Character], _ c: EntityRuleContext, acrossPurpose: Bool = false
    ) -> Int? {
        func search(_ k: Int, _ remaining: ArraySlice<Character>) -> Int? {
            guard let letter = remaining.last else { return k + 1 < end && c.isCap(k + 1) ? k + 1 : nil }
            guard k >= 0, end - k <= 16, c.tokens[k].isWordLike else { return nil }
            // With `acrossPurpose`, "pour" of "Ligue pour la protection des oiseaux (LPO)", "en"
            // of "Institut de recherche en astrophysique et planétologie (IRAP)".
            let joining =
                !c.tokens[k].isCapitalized
                && (c.is(k, in: c.words.joiner) || c.is(k, in: c.words.determiner)
                    || (acrossPurpose
                        && (c.is(k, in: c.words.purposePreposition)
                            || c.is(k, in: c.words.complementContinuationPreposition))))
            let text = c.document.text(c.tokens[k].span)
            if let initial = text.first(where: \.isLetter), folded(initial) == folded(letter),
                let start = search(k - 1, remaining.dropLast())
            {
                return start
            }
            return joining ? search(k - 1, remaining) : nil
        }
        return search(end - 1, letters[...])
    }
}
