/// A lower-case place head and the capitalised name after it, with or without a
/// preposition: "col de Lachin", "îles Sanguinaires", "hôpital Sao Joao", "château de
/// Versailles" → LOC with the head; an institution that acts, named the same way ("musée du
/// Louvre", "université de Manchester") → ORG. A site named after the town it serves is that
/// town alone when it is a known place after "de" without an article ("l'hôpital de Dinan" →
/// LOC "Dinan": `townServiceHead`; "l'hôpital de la Timone" keeps its head). Replaces what the model
/// found there.
struct PlaceHeadRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where !c.tokens[i].isCapitalized {
            let type: EntityType
            if c.is(i, in: c.words.placeHead) {
                type = .location
            } else if c.is(i, in: c.words.institutionSiteHead) {
                type = .organization
            } else {
                continue
            }
            var k = i + 1
            // One adjective: "université anglaise de Manchester".
            if type == .organization, c.isLowercaseWord(k), c.complement(at: k + 1) != nil,
                !c.is(k, in: c.words.joiner)
            {
                k += 1
            }
            let complement = c.complement(at: k)
            k = complement ?? k
            guard c.isCap(k), !c.isAllCaps(k), c.continuesLine(k) else { continue }
            var end = k
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            // The town alone only when the complement is a known place with no article before
            // it: "l'hôpital de la Timone" keeps its head.
            let servesTown =
                complement == i + 2 && c.is(i, in: c.words.townServiceHead) && c.isKnown(k..<end, as: .place)
            let start = servesTown ? k : i
            out.append(TokenName(start..<end, type))
        }
        return c.merge(names, with: out, replacing: true)
    }
}
