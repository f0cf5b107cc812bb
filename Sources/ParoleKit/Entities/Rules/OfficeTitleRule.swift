/// An office whose title names the State it serves and then the place where it sits: "le
/// procureur de la République de Grenoble", "la procureure de la République de Verdun". The
/// capitalised common noun of the title (`officeComplement`: "République", after "de la" and a
/// lower-case `officeNoun`) is part of the role, no name; the complement after it is the seat,
/// a place (LOC). A name the model opened at that noun and ran over the seat ("République de
/// Grenoble" as ORG) becomes the seat alone; one that holds only the noun is dropped.
struct OfficeTitleRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        var changed = false
        var titleWord = Set<Int>()
        for i in c.tokens.indices where c.is(i, in: c.words.officeComplement) && c.isCap(i) {
            // "procureur de la République": the noun, a complement, then this word.
            guard let head = c.head(beforeComplementAt: i), c.is(head, in: c.words.officeNoun),
                c.isLowercaseWord(head)
            else { continue }
            titleWord.insert(i)
        }
        guard !titleWord.isEmpty else { return names }
        for n in names {
            guard titleWord.contains(n.range.lowerBound) else {
                out.append(n)
                continue
            }
            changed = true
            // The seat: "de Grenoble" after the title word, inside the model's name.
            if let s = c.complement(at: n.range.lowerBound + 1), s < n.range.upperBound, c.isCap(s) {
                out.append(TokenName(s..<n.range.upperBound, .location))
            }
        }
        return changed ? out : names
    }
}
