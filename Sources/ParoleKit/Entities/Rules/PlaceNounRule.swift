/// A name after a common noun saying it is a place is one: "la ville de Paterson", "la ville
/// côtière de Gangneung", "la capitale de province Banda Aceh", "le comté de Rebkong" → LOC over
/// the name alone (the administrative noun stays out, as the guidelines say), whether the model
/// typed it a person or an organisation (not an acronym nor a known organisation: "la capitale de
/// l'Union européenne"). Up to two lower-case words may qualify the noun; the
/// name follows "de", "du", "d'", "de la" or comes right after. (`placeNoun` words; "rue",
/// "col", "île", whose names keep their head, are `PlaceHeadRule`'s.)
struct PlaceNounRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var names = names
        for i in c.tokens.indices where c.is(i, in: c.words.placeNoun) && c.isLowercaseWord(i) {
            var k = i + 1
            var skipped = 0
            while skipped < 2 && c.isLowercaseWord(k) && c.continuesLine(k) && !c.is(k, in: c.words.joiner)
                && !c.is(k, in: c.words.breaker) && !c.is(k, in: c.words.determiner)
            {
                k += 1
                skipped += 1
            }
            let s = c.complement(at: k) ?? k
            guard c.isCap(s), c.continuesLine(s), let n = nameAt[s], !names[n].isCertain,
                names[n].type == .person
                    || (names[n].type == .organization && !c.isAllCaps(s)
                        && !c.isKnown(names[n].range, as: .organisation, .media))
            else { continue }
            names[n].type = .location
            names[n].isCertain = true
        }
        return names
    }
}
