/// A name right after the common noun saying it is an organisation is one: "le groupe Public
/// Enemy", "le label Motown", "la firme Idées au cube", "la société Areva", "le constructeur
/// Renault" → ORG, whatever type the model gave it (a place the lexicon knows excepted: "le groupe
/// Asie"). The noun may carry one lower-case adjective ("le groupe pétrolier Total"); it stays
/// out of the name. Only the model's names are retyped: none is added ("la firme Idées au cube"
/// would be cut at "au").
struct OrganisationKindRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var names = names
        for i in c.tokens.indices where c.is(i, in: c.words.organisationNoun) && c.isLowercaseWord(i) {
            var k = i + 1
            if c.isLowercaseWord(k), !c.is(k, in: c.words.joiner), !c.is(k, in: c.words.breaker),
                !c.is(k, in: c.words.determiner)
            {
                k += 1
            }
            guard c.isCap(k) || c.isAllCaps(k), c.continuesLine(k), !c.is(k, in: c.words.determiner),
                !c.single(k, .title)
            else { continue }
            if let n = nameAt[k] {
                if names[n].type == .location && c.isKnown(names[n].range, as: .place) { continue }
                names[n].type = .organization
                names[n].isCertain = true
            }
        }
        return names
    }
}
