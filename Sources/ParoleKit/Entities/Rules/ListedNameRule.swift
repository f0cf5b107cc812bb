/// Organisations, media and competitions the rule words name are ORG or MISC whatever the model
/// gave them or missed: names that hold a place or a common word, which the model reads as that
/// place or word ("Santé publique France" as LOC "France", "Météo-France", "Hydro-Québec" as
/// places, "Midi Olympique" as MISC, "la Rai" or "le Secours populaire" missed) are ORG
/// (`namedOrganisation`); competitions and festivals the model reads as a body or a person
/// ("la Ligue Butagaz Énergie", "la Jupiler Pro League", "un Afrobasket") are MISC
/// (`namedCompetition`). The name opens with a capital where it is written (or a capital inside
/// its first word: "beIN Sports") and stays on one line; one that opens with an article ("La
/// Montagne") does not open a sentence. A name the model found right after an organisation, on
/// its line and one space on, that is no person, is its regional edition and part of it
/// ("France Bleu Périgord", "France Bleu Pays de Savoie"). The rows are rule words, not lexicon
/// rows, so the model and its features do not move.
struct ListedNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        guard !c.words.namedOrganisation.isEmpty || !c.words.namedCompetition.isEmpty else { return names }
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var out: [TokenName] = []
        var i = 0
        while i < c.tokens.count {
            let organisation = longestEntry(at: i, in: c.words.namedOrganisation, c)
            let competition = longestEntry(at: i, in: c.words.namedCompetition, c)
            let end = max(organisation ?? 0, competition ?? 0)
            guard end > i else {
                i += 1
                continue
            }
            let type: EntityType = (organisation ?? 0) >= (competition ?? 0) ? .organization : .miscellaneous
            var upper = end
            if type == .organization, end < c.tokens.count, let n = nameAt[end], names[n].type != .person,
                c.isOneSpaceAfterPrevious(end), c.isCap(end),
                names[n].range.allSatisfy({ $0 == end || c.continuesLine($0) })
            {
                upper = names[n].range.upperBound
            }
            out.append(TokenName(i..<upper, type, isCertain: true))
            i = upper
        }
        return c.overlay(names, with: out)
    }

    /// The end of the longest row of `entries` written from token `i`, when a name may open
    /// there.
    private func longestEntry(at i: Int, in entries: [[UInt64]], _ c: EntityRuleContext) -> Int? {
        // Most tokens open no listed name: one set look-up, before the token's text is read.
        guard c.words.namedFirstWords.contains(c.word(i)) else { return nil }
        let token = c.tokens[i]
        guard token.isWordLike,
            token.isCapitalized || token.isAllCaps
                || c.document.text(token.span).contains(where: \.isUppercase)
        else { return nil }
        if c.is(i, in: c.words.determiner) && c.isSentenceInitial(i) { return nil }
        var best: Int? = nil
        for entry in entries where entry.first == c.word(i) {
            let end = i + entry.count
            guard end <= c.tokens.count, end > (best ?? 0) else { continue }
            if (1..<entry.count).allSatisfy({ c.word(i + $0) == entry[$0] && c.continuesLine(i + $0) }) {
                best = end
            }
        }
        return best
    }
}
