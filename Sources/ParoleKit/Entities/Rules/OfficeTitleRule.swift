/// An office whose title names the State it serves and then the place where it sits: "le
/// procureur de la République de Grenoble", "la procureure de la République de Verdun". The
/// capitalised common noun of the title (`officeComplement`: "République", after "de la" and a
/// lower-case `officeNoun`) is part of the role, no name; the complement after it is the seat,
/// a place (LOC). A name the model opened at that noun and ran over the seat ("République de
/// Grenoble" as ORG) becomes the seat alone; one that holds only the noun is dropped. A name
/// that goes on with another word after the noun is a state's name and stays ("le procureur de
/// la République démocratique du Congo", "République centrafricaine").
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
            let seat = c.complement(at: n.range.lowerBound + 1)
            // Only the noun alone, or the noun and its seat: "de Grenoble" after the title word.
            guard titleWord.contains(n.range.lowerBound), n.range.count == 1 || seat != nil else {
                out.append(n)
                continue
            }
            changed = true
            if let s = seat, s < n.range.upperBound, c.isCap(s) {
                out.append(TokenName(s..<n.range.upperBound, .location))
            }
        }
        return changed ? out : names
    }
}
