/// Names in English with their kind last: events ("Grammy Awards", "US Open") → MISC,
/// companies ("Columbia Pictures", "Shady Records") → ORG.
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
            while start > 0 && (c.isCap(start - 1) || c.isAllCaps(start - 1)) && !c.isSentenceInitial(start) {
                start -= 1
            }
            guard start < k else { continue }
            out.append(TokenName(start..<(k + 1), type))
        }
        return c.overlay(names, with: out)
    }
}
