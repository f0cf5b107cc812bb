/// An event whose lower-case head takes a capitalised complement the model left untagged is MISC,
/// head included: "guerre de Sept Ans", "bataille des Thermopyles", "révolution d'Octobre",
/// "guerre de Succession d'Autriche" (the complement's own complements go with it). The heads are
/// those of events named after a place (`placeEventHead`); a complement that is a person's first
/// name or a title, or that opens a sentence or a line, is none.
struct NamedEventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isLowercaseWord(i) && c.is(i, in: c.words.placeEventHead) {
            guard let s = c.complement(at: i + 1), c.isCap(s), !covered[s], c.continuesLine(s),
                c.continuesLine(i + 1), !c.isSentenceInitial(s), !c.single(s, .firstName),
                !c.single(s, .title)
            else { continue }
            var end = s + 1
            while c.isCap(end) && !covered[end] && c.continuesLine(end) { end += 1 }
            if let e = c.capitalizedComplements(from: end) { end = e }
            out.append(TokenName(i..<end, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
