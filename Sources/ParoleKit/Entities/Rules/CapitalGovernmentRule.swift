/// A capital as the subject of a government's act stands for that government, which the
/// guidelines type ORG: opening a sentence ("Bruxelles a salué la création…", "Washington a
/// aussi refusé…", "Pékin dément"), a clause after `clauseOpener` ("si Moscou soutient…") or
/// after a comma or a colon (`subjectPunctuation`: "À l'inverse, Paris pousse pour…",
/// "Mer de Chine : Manille convoque l'ambassadeur"), alone or coordinated with another capital
/// ("Oslo et Washington s'opposent"); so does a capital that is the object of a verb that takes
/// only an actor as its object ("a sollicité Pékin": `governmentObjectVerb`, not "a proposé
/// Paris comme ville hôte"), and one after "de" that follows a noun of a government's act or
/// allies ("la réponse d'Oslo", "les partenaires de Kiev": `governmentActNoun`). Only that
/// occurrence: the capital stays a place elsewhere, so the rule runs after the article-wide vote.
/// The subject's verb (`governmentVerb`, or a form of the speech verbs and `verbLemma` verbs,
/// `verbForm`) may come after the negation or pronouns (`preverbClitic`: "Yaoundé ne s'opposera
/// pas", "Paris le réclame"), and after an auxiliary (`governmentAuxiliary`) with at most one
/// adverb after it ("Washington a aussitôt réaffirmé"); before the object it follows an auxiliary.
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
            // "la réponse d'Oslo", "les partenaires de Kiev".
            if c.is(i - 1, in: c.words.complementPreposition),
                c.isLowercaseWord(i - 2) || c.isLowercaseElision(i - 1),
                c.is(i - 2, in: c.words.governmentActNoun), c.continuesLine(i)
            {
                return TokenName(n.range, .organization, isCertain: true)
            }
            if opensClause(at: i, c) {
                // "Oslo et Washington s'opposent": the verb after the second capital.
                var last = i
                if c.is(i + 1, in: c.words.coordination), c.is(i + 2, in: c.words.capitalCity), c.isCap(i + 2)
                {
                    last = i + 2
                }
                if hasGovernmentVerb(after: last, c) {
                    return TokenName(n.range, .organization, isCertain: true)
                }
            }
            // The second of two coordinated capitals opening the clause.
            if c.is(i - 1, in: c.words.coordination), c.is(i - 2, in: c.words.capitalCity), c.isCap(i - 2),
                opensClause(at: i - 2, c), hasGovernmentVerb(after: i, c)
            {
                return TokenName(n.range, .organization, isCertain: true)
            }
            return n
        }
    }

    /// Whether the capital at `i` opens a sentence or a clause.
    private func opensClause(at i: Int, _ c: EntityRuleContext) -> Bool {
        c.isSentenceInitial(i) || c.is(i - 1, in: c.words.clauseOpener)
            || (c.is(i - 1, in: c.words.subjectPunctuation) && c.continuesLine(i))
    }

    /// Whether a government's verb follows the subject ending at `i`.
    private func hasGovernmentVerb(after i: Int, _ c: EntityRuleContext) -> Bool {
        var k = i + 1
        guard c.continuesLine(k) else { return false }
        var clitics = 0
        while clitics < 3, c.is(k, in: c.words.preverbClitic), c.isLowercaseWord(k) || c.isLowercaseElision(k)
        {
            k += 1
            clitics += 1
        }
        guard c.isLowercaseWord(k) else { return false }
        if c.is(k, in: c.words.governmentAuxiliary) {
            k += 1
            let isVerb = { (j: Int) in c.is(j, in: c.words.governmentVerb) || c.is(j, in: c.words.verbForm) }
            if !isVerb(k) && c.isLowercaseWord(k) { k += 1 }
            return c.isLowercaseWord(k) && isVerb(k)
        }
        return c.is(k, in: c.words.governmentVerb) || c.is(k, in: c.words.finiteVerb)
    }
}
