/// A concept, law or award named after a person or place is MISC, its lower-case head included:
/// "boson de Higgs", "test de Turing" (a head that takes the name after
/// "de" or directly), "loi Evin", "prix Nobel", "plan Marshall" (a head that takes it directly
/// only: "le plan de Trump" is Trump's plan). The name is capitalised words on the same line, not
/// opening a sentence. Diseases are `DiseaseEponymRule`'s. A name made of a common noun
/// (`writtenLowerCase`: "Climat") goes on with "et" and a lower-case noun ("loi Climat et
/// résilience"; not "loi Evin et la loi Gayssot"). A programme named with the year it aims at
/// (`horizonPlanHead` before a name and a year: "plan France 2030", "plan Écophyto 2030") is that
/// name and year alone, its head left out, as the guidelines read the gold.
struct NamedConceptRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isLowercaseWord(i) {
            let withComplement = c.is(i, in: c.words.conceptHead)
            guard withComplement || c.is(i, in: c.words.namedLawHead) else { continue }
            var k = i + 1
            if withComplement, c.is(k, in: c.words.complementPreposition),
                !c.is(k + 1, in: c.words.complementArticle)
            {
                k += 1
            }
            guard c.isCap(k), c.continuesLine(k), !c.isSentenceInitial(k), !c.single(k, .title) else {
                continue
            }
            var end = k + 1
            while c.isCap(end) && c.continuesLine(end) { end += 1 }
            if !withComplement, c.is(i, in: c.words.horizonPlanHead), c.isYear(end),
                c.isOneSpaceAfterPrevious(end)
            {
                out.append(TokenName(k..<(end + 1), .miscellaneous, isCertain: true))
                continue
            }
            if !withComplement, c.writtenLowerCase(end - 1), c.is(end, in: c.words.coordination),
                c.isLowercaseWord(end), c.continuesLine(end + 1), isNoun(end + 1, c)
            {
                end += 2
            }
            out.append(TokenName(i..<end, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }

    /// Whether token `k` is a lower-case noun on the line: no joining word, breaker, determiner
    /// or verb.
    private func isNoun(_ k: Int, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        return c.isLowercaseWord(k) && c.continuesLine(k) && !c.is(k, in: w.joiner) && !c.is(k, in: w.breaker)
            && !c.is(k, in: w.determiner) && !c.is(k, in: w.verbForm)
    }
}
