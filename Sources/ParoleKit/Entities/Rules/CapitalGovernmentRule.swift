/// A capital as the subject of a government's act stands for that government, which the
/// guidelines type ORG: opening a sentence ("Bruxelles a salué la création…", "Washington a
/// aussi refusé…", "Pékin dément") or a clause after `clauseOpener` ("si Moscou soutient…"); so
/// does a capital that is the object of a verb that takes only an actor as its object ("a
/// sollicité Pékin": `governmentObjectVerb`, not "a proposé Paris comme ville hôte"). Only that occurrence:
/// the capital stays a place elsewhere, so the rule runs after the article-wide vote. The verb
/// (`governmentVerb`) follows the subject at once, after an auxiliary (`governmentAuxiliary`),
/// or after one adverb between them; before the object it follows an auxiliary.
struct CapitalGovernmentRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        return names.map { n in
            let i = n.range.lowerBound
            guard n.type == .location, n.range.count == 1, c.is(i, in: c.words.capitalCity) else { return n }
            // The object of a verb that takes an actor: "a sollicité Pékin".
            if c.is(i - 1, in: c.words.governmentObjectVerb), c.isLowercaseWord(i - 1),
                c.is(i - 2, in: c.words.governmentAuxiliary)
            {
                return TokenName(n.range, .organization, isCertain: true)
            }
            guard c.isSentenceInitial(i) || c.is(i - 1, in: c.words.clauseOpener), c.isLowercaseWord(i + 1)
            else { return n }
            var k = i + 1
            if c.is(k, in: c.words.governmentAuxiliary) { k += 1 }
            if !c.is(k, in: c.words.governmentVerb) && k > i + 1 && c.isLowercaseWord(k) { k += 1 }
            guard c.isLowercaseWord(k), c.is(k, in: c.words.governmentVerb) else { return n }
            return TokenName(n.range, .organization, isCertain: true)
        }
    }
}
