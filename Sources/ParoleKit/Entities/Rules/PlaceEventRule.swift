/// An event named after a place: "guerre de Corée", "bataille de Covadonga", "festival de
/// Cannes", "Tour de France", "Grand Prix de Monaco" → MISC over the place; up to two lower-case
/// adjectives may follow the head ("festival interceltique de Lorient", "Jeux olympiques de
/// Londres"). (Generic meetings, "le sommet de Bruxelles", stay a place.)
struct PlaceEventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        func isHead(_ k: Int) -> Bool {
            k >= 0 && c.tokens[k].kind == .word
                && (c.is(k, in: c.words.placeEventHead)
                    || (c.is(k, in: c.words.capitalizedPlaceEventHead) && c.isCap(k)))
        }
        /// A lower-case adjective between the head and the complement ("interceltique").
        func isAdjective(_ k: Int) -> Bool {
            c.isLowercaseWord(k) && !c.is(k, in: c.words.breaker) && !c.is(k, in: c.words.determiner)
                && !c.is(k, in: c.words.joiner) && c.continuesLine(k)
        }
        for n in names where n.type == .location {
            guard var head = c.head(beforeComplementAt: n.range.lowerBound) else { continue }
            var skipped = 0
            while !isHead(head) && skipped < 2 && isAdjective(head) {
                head -= 1
                skipped += 1
            }
            guard isHead(head) else { continue }
            // "Grand Prix de Monaco": a capitalised word before the head belongs to the event.
            let start =
                c.isCap(head - 1) && !c.is(head - 1, in: c.words.determiner) && !c.isSentenceInitial(head)
                ? head - 1 : head
            out.append(TokenName(start..<n.range.upperBound, .miscellaneous))
        }
        // The model's own name over the whole event, typed otherwise ("Festival de Cannes" as an
        // organisation): the head and its complement make it an event.
        for n in names where n.type != .miscellaneous && isHead(n.range.lowerBound) {
            if let s = c.complement(at: n.range.lowerBound + 1), s < n.range.upperBound, c.isCap(s) {
                out.append(TokenName(n.range, .miscellaneous))
            }
        }
        return c.overlay(names, with: out)
    }
}
