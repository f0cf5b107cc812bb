/// The State as the subject of a clause is an institution that acts, which the guidelines type
/// ORG: "L'État sera aux côtés des agriculteurs", "il réclame que l'État entre au capital". Only
/// there: after "chef de l'État", "coup d'État" or "dans l'État du New Jersey" the word is no
/// organisation, so the rule reads the clause's opening (the sentence's, or `clauseOpener`:
/// "que") before the article (`actorArticle`), and a verb-like lower-case word after the noun
/// (`actingStateNoun`), not a complement or an adjective ("l'État islamique", "l'État de
/// New York"). It runs last, after the article-wide vote, so no other mention follows it.
struct ActingStateRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var out: [TokenName] = []
        for i in c.tokens.indices.dropFirst() where c.isCap(i) && !c.isAllCaps(i) && !covered[i] {
            guard c.is(i, in: c.words.actingStateNoun), c.is(i - 1, in: c.words.actorArticle),
                c.isSentenceInitial(i - 1) || c.is(i - 2, in: c.words.clauseOpener),
                c.isLowercaseWord(i + 1), c.continuesLine(i + 1),
                !c.is(i + 1, in: c.words.joiner), !c.is(i + 1, in: c.words.complementPreposition),
                !c.is(i + 1, in: c.words.institutionAdjective)
            else { continue }
            out.append(TokenName(i..<i + 1, .organization, isCertain: true))
        }
        return out.isEmpty ? names : c.merge(names, with: out, replacing: false)
    }
}
