/// A name right after the common noun saying it is an organisation is one: "le groupe Public
/// Enemy", "le label Motown", "la société Areva", "le constructeur Renault" → ORG, whatever type
/// the model gave it (a place the lexicon knows excepted: "le groupe Asie"). Lower-case words may
/// qualify the noun (itself after a determiner), adjectives and a genre after "de" ("le groupe pétrolier Total", "le groupe de
/// hard rock américain Guns N' Roses", "l'écurie suisse Sauber"); they stay out of the name. The
/// model's names are retyped; a name is added only where its form leaves no doubt: an acronym
/// ("l'organisation non gouvernementale ACLED") or capitalised words opened by a capitalised
/// article ("l'épicerie solidaire La Passerelle") ("la firme Idées au cube" would be cut at
/// "au"; adding any capitalised word lost on the tune folds and Sequoia).
struct OrganisationKindRule: EntityRule {
    /// At most this many words between the noun and the name.
    private static let maxModifiers = 4
    /// An acronym the model missed is added from this many letters ("ACLED"; not "SA").
    private static let minAcronymLength = 3

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var names = names
        var added: [TokenName] = []
        /// A lower-case word that may qualify the noun ("pétrolier", "rock").
        func isModifier(_ k: Int) -> Bool {
            c.isLowercaseWord(k) && !c.is(k, in: c.words.joiner) && !c.is(k, in: c.words.breaker)
                && !c.is(k, in: c.words.determiner) && !c.is(k, in: c.words.organisationNoun)
                && c.continuesLine(k)
        }
        // The noun after a determiner: a verb of the same form is none ("nous enseigne Montesquieu").
        for i in c.tokens.indices
        where c.is(i, in: c.words.organisationNoun) && c.isLowercaseWord(i)
            && c.is(i - 1, in: c.words.determiner) && !c.is(i - 1, in: c.words.bareClassPreposition)
        {
            var k = i + 1
            var used = 0
            while used < OrganisationKindRule.maxModifiers {
                if isModifier(k) {
                    k += 1
                    used += 1
                } else if c.is(k, in: c.words.articlePreposition), isModifier(k + 1) {
                    k += 2
                    used += 2
                } else {
                    break
                }
            }
            guard c.isCap(k) || c.isAllCaps(k), c.continuesLine(k), !c.single(k, .title) else { continue }
            if c.is(k, in: c.words.determiner) {
                // A capitalised article opens the name: "l'épicerie solidaire La Passerelle".
                guard c.is(k, in: c.words.capitalizedArticle), c.isCap(k + 1), c.continuesLine(k + 1) else {
                    continue
                }
                var end = k + 2
                while c.isCap(end) && c.continuesLine(end) { end += 1 }
                added.append(TokenName(k..<end, .organization, isCertain: true))
                continue
            }
            guard let n = nameAt[k] else {
                // An acronym the model missed: "l'organisation non gouvernementale ACLED".
                if c.isAllCaps(k), c.norm(k).count >= OrganisationKindRule.minAcronymLength,
                    !(c.isCap(k + 1) && c.continuesLine(k + 1))
                {
                    added.append(TokenName(k..<(k + 1), .organization, isCertain: true))
                }
                continue
            }
            if names[n].type == .location && c.isKnown(names[n].range, as: .place) { continue }
            names[n].type = .organization
            names[n].isCertain = true
        }
        return added.isEmpty ? names : c.merge(names, with: added, replacing: true)
    }
}
