/// A government named after its head is an organisation, head noun included: "le gouvernement
/// Ayrault", "le cabinet Netanyahou" (the noun lower-case, then one capitalised word that is no
/// known place or people and no sentence's start, and no capitalised word after it).
struct GovernmentNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var found: [TokenName] = []
        for i in c.tokens.indices where c.isLowercaseWord(i) && c.is(i, in: c.words.governmentHead) {
            let k = i + 1
            guard c.isCap(k), !c.isAllCaps(k), c.continuesLine(k), !c.isSentenceInitial(k), !c.isCap(k + 1),
                !c.isMarked(k, as: .place, .people), !c.single(k, .title), !c.is(k, in: c.words.commonNoun)
            else { continue }
            found.append(TokenName(i..<(k + 1), .organization, isCertain: true))
        }
        return c.overlay(names, with: found)
    }
}
