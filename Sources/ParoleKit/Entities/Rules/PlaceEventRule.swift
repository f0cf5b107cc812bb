/// An event named after a place: "guerre de Corée", "bataille de Covadonga", "festival de
/// Cannes", "Tour de France", "Grand Prix de Monaco" → MISC over the place; up to two lower-case
/// adjectives may follow the head ("festival interceltique de Lorient", "Jeux olympiques de
/// Londres"). (Generic meetings, "le sommet de Bruxelles", stay a place.) A capitalised head
/// takes a longer subject before the place: its adjective, then up to four lower-case words
/// joined by "de", "du", "d'" and articles ("Festival du premier film d'Annonay", "Festival
/// international de la bande dessinée d'Angoulême", "Foire du livre de Bruxelles"); no verb
/// nor breaker among them ("le Festival accueille des artistes de Lyon" is no event's name).
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
            guard let last = c.head(beforeComplementAt: n.range.lowerBound) else { continue }
            var head = last
            var skipped = 0
            while !isHead(head) && skipped < 2 && isAdjective(head) {
                head -= 1
                skipped += 1
            }
            if !isHead(head), let longHead = capitalizedHead(before: last, c) { head = longHead }
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

    /// At most this many lower-case words between a capitalised head and its place.
    private static let maxSubjectWords = 4

    /// The capitalised event head of a longer subject ending at `last` (the token before the
    /// place's preposition): lower-case words, joining words and articles back to a capitalised
    /// `placeEventHead` or `capitalizedPlaceEventHead`, the word right after the head an adjective
    /// or a joining word; nil when a breaker, a verb or anything else stands between.
    private func capitalizedHead(before last: Int, _ c: EntityRuleContext) -> Int? {
        let w = c.words
        var k = last
        var subjectWords = 0
        while k > 0, c.continuesLine(k) {
            if c.isCap(k) {
                guard c.is(k, in: w.placeEventHead) || c.is(k, in: w.capitalizedPlaceEventHead),
                    subjectWords > 0,
                    c.is(k + 1, in: w.joiner) || isAdjective(k + 1, c)
                else { return nil }
                return k
            }
            if c.isLowercaseElision(k) || (c.isLowercaseWord(k) && c.is(k, in: w.joiner)) {
                k -= 1
                continue
            }
            guard c.isLowercaseWord(k), !c.is(k, in: w.breaker), !c.is(k, in: w.determiner),
                !c.is(k, in: w.actingVerb), !c.is(k, in: w.verbForm)
            else { return nil }
            subjectWords += 1
            guard subjectWords <= Self.maxSubjectWords else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether token `k` is a lower-case adjective right after an event's head: an institution's
    /// or event's adjective ("international", "mondial").
    private func isAdjective(_ k: Int, _ c: EntityRuleContext) -> Bool {
        c.isLowercaseWord(k)
            && (c.is(k, in: c.words.institutionAdjective) || c.is(k, in: c.words.eventAdjective))
    }
}
