/// A concept, law or award named after a person or place is MISC, its lower-case head included:
/// "boson de Higgs", "test de Turing" (a head that takes the name after
/// "de" or directly), "loi Evin", "prix Nobel", "plan Marshall" (a head that takes it directly
/// only: "le plan de Trump" is Trump's plan). The name is capitalised words on the same line, not
/// opening a sentence. Diseases are `DiseaseEponymRule`'s.
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
            out.append(TokenName(i..<end, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
