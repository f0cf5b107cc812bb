/// Initials written together after a determiner, ending their sentence and covered by no name,
/// are an organisation's acronym: "rédigé par la B.C.E. Selon…", "il a rejoint le P.S.", "le
/// budget de l'U.E." (the model, trained on the letters apart, misses them as one word there).
/// A person's initials come before the name ("F.L. Copperman"), so they never end a sentence
/// after a determiner.
struct SentenceEndAcronymRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var added: [TokenName] = []
        for k in c.tokens.indices where !covered[k] && c.isAllCaps(k) && c.norm(k).hasSuffix(".") {
            guard InitialsRule.initialCount(c.norm(k)) >= 2, !c.norm(k).contains("-"),
                c.is(k - 1, in: c.words.determiner), c.continuesLine(k)
            else { continue }
            let endsSentence =
                k + 1 == c.tokens.count || c.isSentenceInitial(k + 1) || !c.continuesLine(k + 1)
            guard endsSentence else { continue }
            added.append(TokenName(k..<(k + 1), .organization))
        }
        return c.overlay(names, with: added)
    }
}
