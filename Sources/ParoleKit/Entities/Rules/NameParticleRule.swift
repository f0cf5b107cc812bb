/// A person named by a first name alone that goes on across a lower-case particle is named in
/// full: "François d'Assise", "Léonard de Vinci", "Ludwig van Beethoven", "Abou Bakr al-Baghdadi"
/// (the words after the particle capitalised, on the same line, even when they name a place).
struct NameParticleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for name in names where name.type == .person && name.range.count == 1 {
            let first = name.range.lowerBound
            let p = name.range.upperBound
            guard c.single(first, .firstName), c.is(p, in: c.words.nameParticle), !c.tokens[p].isCapitalized,
                c.isCap(p + 1), c.continuesLine(p + 1), !c.isSentenceInitial(p + 1)
            else { continue }
            var end = p + 2
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            out.append(TokenName(first..<end, .person))
        }
        return c.overlay(names, with: out)
    }
}
