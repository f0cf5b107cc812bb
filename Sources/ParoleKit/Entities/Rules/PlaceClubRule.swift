/// Clubs named with a place and a word before or after it: "Ajax Amsterdam", "PSV Eindhoven",
/// "Toronto FC" → ORG (the word before is a short acronym or one the teacher took for an
/// organisation; the word after a club suffix).
struct PlaceClubRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for n in names where n.type == .location {
            let a = n.range.lowerBound - 1
            let b = n.range.upperBound
            if a >= 0, c.isCap(a) || c.isAllCaps(a), !c.isSentenceInitial(a), !c.isMarked(a, as: .place),
                !c.single(a, .firstName), !c.single(a, .title), !c.single(a, .locHead),
                (c.isAllCaps(a) && c.norm(a).count <= 4) || c.teacherType(a) == .organization
            {
                out.append(TokenName(a..<b, .organization))
            } else if c.is(b, in: c.words.clubSuffix), c.isCap(b) || c.isAllCaps(b) {
                out.append(TokenName(n.range.lowerBound..<(b + 1), .organization))
            }
        }
        return c.overlay(names, with: out)
    }
}
