/// Initials written together after a determiner and covered by no name are an organisation's
/// acronym, ORG, when they end their sentence ("rédigé par la B.C.E. Selon…", "il a rejoint le
/// P.S.") or when their letters are an organisation the lexicon knows ("confier à la B.C.E. des
/// missions": BCE); not "la B.O. du film". A person's initials come before the name ("F.L.
/// Copperman"), never after a determiner, so a name the model runs from known initials into a
/// first name is two names: "le P.S. Gérard Collomb" → "P.S." ORG, "Gérard Collomb" PER.
struct SentenceEndAcronymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var added: [TokenName] = []
        for k in c.tokens.indices where c.isAllCaps(k) && c.norm(k).hasSuffix(".") {
            guard InitialsRule.initialCount(c.norm(k)) >= 2, !c.norm(k).contains("-"),
                c.is(k - 1, in: c.words.determiner), c.continuesLine(k)
            else { continue }
            let known = c.isKnownAcronym(k)
            if covered[k] {
                // The model's name from the initials into a person: "P.S. Gérard Collomb".
                guard known, let name = names.first(where: { $0.range.lowerBound == k }),
                    name.range.upperBound > k + 2, c.single(k + 1, .firstName), c.isCap(k + 1)
                else { continue }
                added.append(TokenName(k..<(k + 1), .organization))
                added.append(TokenName((k + 1)..<name.range.upperBound, .person))
                continue
            }
            let endsSentence =
                k + 1 == c.tokens.count || c.isSentenceInitial(k + 1) || !c.continuesLine(k + 1)
            guard endsSentence || (known && !c.isCap(k + 1)) else { continue }
            added.append(TokenName(k..<(k + 1), .organization))
        }
        return c.overlay(names, with: added)
    }
}
