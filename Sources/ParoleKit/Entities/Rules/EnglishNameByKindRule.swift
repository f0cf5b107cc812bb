/// Names in English with their kind last: events ("Grammy Awards", "US Open") → MISC,
/// companies ("Columbia Pictures", "Shady Records") → ORG. A French determiner before them stays
/// out ("l'American Film Institute", "la Deutsche Bank").
struct EnglishNameByKindRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for k in c.tokens.indices where k > 0 && c.isCap(k) {
            let type: EntityType
            if c.is(k, in: c.words.eventSuffix) {
                type = .miscellaneous
            } else if c.is(k, in: c.words.companySuffix) {
                type = .organization
            } else {
                continue
            }
            var start = k
            // Capitalised words, and "and", "&", "of" between them ("Bank of America").
            while start > 0 && !c.isSentenceInitial(start) && c.continuesLine(start) {
                if c.is(start - 1, in: c.words.determiner) {
                    break
                } else if c.isCap(start - 1) || c.isAllCaps(start - 1) {
                    start -= 1
                } else if start > 1, c.is(start - 1, in: c.words.englishJoiner) || c.norm(start - 1) == "&",
                    c.isCap(start - 2) || c.isAllCaps(start - 2), !c.isSentenceInitial(start - 1)
                {
                    start -= 2
                } else {
                    break
                }
            }
            guard start < k else { continue }
            out.append(TokenName(start..<(k + 1), type, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
