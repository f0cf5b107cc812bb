/// A name after a noun of a role that only an organisation has, and "de" or "chez", is that
/// organisation: "le directeur général de Rhodanis Pharma", "le directeur sportif de
/// Kermor-Atlantique", "les analystes de Kepler Cheuvreux", "analyste chez Kepler Cheuvreux" →
/// ORG where the model read a person (a company's name often looks like one). The role is an
/// `organisationRole` noun, with at most one `organisationRoleAdjective` ("général", "sportif"),
/// then an `organisationRolePreposition`; the name opens right after it. A name that opens with a
/// first name is a person's still ("le directeur de Marc Dupont"), and only the model's person
/// names are retyped: places and works after such a role keep their type.
struct OrganisationRoleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var names = names
        for i in c.tokens.indices
        where c.is(i, in: c.words.organisationRole) && (c.isLowercaseWord(i) || c.isAllCaps(i)) {
            var k = i + 1
            if c.is(k, in: c.words.organisationRoleAdjective), c.isLowercaseWord(k) { k += 1 }
            guard c.is(k, in: c.words.organisationRolePreposition), c.continuesLine(k + 1) else { continue }
            k += 1
            guard let n = nameAt[k], names[n].type == .person, !c.single(k, .firstName),
                !c.single(k, .title)
            else { continue }
            names[n].type = .organization
            names[n].isCertain = true
        }
        return names
    }
}
