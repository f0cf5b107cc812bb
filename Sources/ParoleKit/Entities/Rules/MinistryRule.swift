/// A lower-case institution head, one qualifier and capitalised complements: "ministère russe
/// de la Défense", "secrétariat d'État aux …", "ministère de l'Intérieur et des Cultes" → ORG.
struct MinistryRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.is(i, in: c.words.ministryHead) && !c.isAllCaps(i) {
            var j = i + 1
            // One qualifier: "russe", "arménien", "azerbaïdjanais".
            if c.isLowercaseWord(j), !c.is(j, in: c.words.joiner) { j += 1 }
            guard let end = c.capitalizedComplements(from: j) else { continue }
            out.append(TokenName(i..<end, .organization))
        }
        return c.overlay(names, with: out)
    }
}
