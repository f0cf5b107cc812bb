/// A body that exists once per town or département, named by its acronym and its place, is one
/// organisation, the place included: "le CHU de Nantes", "la FDSEA des Deux-Sèvres", "le SDIS du
/// Var" → ORG (acronyms `localBranchAcronym`; the complement's capitalised words on the same
/// line). Other acronyms before a place stay apart ("l'OSCE d'Astana": a meeting's place).
struct LocalBranchRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isAllCaps(i) && c.is(i, in: c.words.localBranchAcronym) {
            guard let s = c.complement(at: i + 1), c.isCap(s), c.continuesLine(s) else { continue }
            var end = s
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            out.append(TokenName(i..<end, .organization, isCertain: true))
        }
        return out.isEmpty ? names : c.overlay(names, with: out)
    }
}
