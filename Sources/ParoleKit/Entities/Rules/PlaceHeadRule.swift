/// A lower-case place head and the capitalised name after it, with or without a
/// preposition: "col de Lachin", "îles Sanguinaires", "hôpital Sao Joao", "musée du Louvre"
/// → LOC with the head, replacing what the model found there.
struct PlaceHeadRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where !c.tokens[i].isCapitalized && c.is(i, in: c.words.placeHead) {
            let k = c.complement(at: i + 1) ?? i + 1
            guard c.isCap(k), !c.isAllCaps(k) else { continue }
            var end = k
            while c.isCap(end) { end += 1 }
            out.append(TokenName(i..<end, .location))
        }
        return c.merge(names, with: out, replacing: true)
    }
}
