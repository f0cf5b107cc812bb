/// An event named after a place: "guerre de Corée", "bataille de Covadonga", "festival de
/// Cannes", "Tour de France", "Grand Prix de Monaco" → MISC over the place. (Generic meetings,
/// "le sommet de Bruxelles", stay a place.)
struct PlaceEventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for n in names where n.type == .location {
            guard let head = c.head(beforeComplementAt: n.range.lowerBound), c.tokens[head].kind == .word,
                c.is(head, in: c.words.placeEventHead)
                    || (c.is(head, in: c.words.capitalizedPlaceEventHead) && c.isCap(head))
            else { continue }
            // "Grand Prix de Monaco": a capitalised word before the head belongs to the event.
            let start =
                c.isCap(head - 1) && !c.is(head - 1, in: c.words.determiner) && !c.isSentenceInitial(head)
                ? head - 1 : head
            out.append(TokenName(start..<n.range.upperBound, .miscellaneous))
        }
        return c.overlay(names, with: out)
    }
}
