/// A name ends with its sentence: one the model ran across a sentence start, as after initials
/// that end a sentence ("adopté par l'O.N.U. Mardi, …", "le P.S. Gérard Collomb l'a…"), is cut
/// there into its parts, each keeping the type; a part that is one word the language writes
/// lower-case or that opens a clause ("Mardi", "Selon") is dropped.
struct SentenceCutRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        guard names.contains(where: { n in n.range.dropFirst().contains { c.isSentenceInitial($0) } }) else {
            return names
        }
        var out: [TokenName] = []
        for n in names {
            var start = n.range.lowerBound
            for k in n.range.dropFirst() where c.isSentenceInitial(k) {
                out.append(TokenName(start..<k, n.type))
                start = k
            }
            out.append(
                TokenName(
                    start..<n.range.upperBound, n.type, isCertain: start == n.range.lowerBound && n.isCertain)
            )
        }
        return out.filter { part in
            part.range.count > 1
                || !(c.is(part.range.lowerBound, in: c.words.breaker)
                    || c.is(part.range.lowerBound, in: c.words.determiner)
                    || c.writtenLowerCase(part.range.lowerBound))
        }
    }
}
