/// Sports teams named after their city: "Canucks de Vancouver", "Rangers du Texas", "Heat de
/// Miami" → ORG (a plural nickname, or one the teacher took for an organisation; not an acronym:
/// "le GPS des États-Unis", "l'OSCE d'Astana").
struct TeamRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        /// A nickname: capitalised, no acronym, plural or an organisation for the teacher.
        func isNickname(_ a: Int) -> Bool {
            c.isCap(a) && !c.isAllCaps(a) && (c.hasRegularPlural(a) || c.teacherType(a) == .organization)
                && !c.is(a, in: c.words.capitalizedPlaceEventHead) && !c.isMarked(a, as: .place, .people)
                && !c.single(a, .firstName) && !c.single(a, .title) && !c.single(a, .locHead)
                && !c.single(a, .orgHead) && !c.isSentenceInitial(a)
        }
        // The model's own name over the whole team, typed otherwise ("Dodgers de Los Angeles" as
        // a work): the nickname and a place as its complement make it a team, a known place or
        // capitalised words whose last the teacher calls a place ("Lightning de Tampa Bay"; not
        // a place the lexicon knows whole, nor a common noun first: "Pays de Galles").
        for n in names where n.type != .organization && n.range.count >= 3 && isNickname(n.range.lowerBound) {
            if let s = c.complement(at: n.range.lowerBound + 1), s < n.range.upperBound,
                c.isKnown(s..<n.range.upperBound, as: .place)
                    || (!c.isKnown(n.range, as: .place) && !c.writtenLowerCase(n.range.lowerBound)
                        && (s..<n.range.upperBound).allSatisfy { c.isCap($0) }
                        && c.teacherType(n.range.upperBound - 1) == .location)
            {
                out.append(TokenName(n.range, .organization))
            }
        }
        for n in names where n.type == .location {
            guard var a = c.head(beforeComplementAt: n.range.lowerBound), isNickname(a) else { continue }
            // "New York Rangers de …"; a capitalised determiner opening the sentence is no part of it.
            while a > 0 && c.isCap(a - 1) && !c.is(a - 1, in: c.words.determiner) && !c.isSentenceInitial(a) {
                a -= 1
            }
            out.append(TokenName(a..<n.range.upperBound, .organization))
        }
        return c.overlay(names, with: out)
    }
}
