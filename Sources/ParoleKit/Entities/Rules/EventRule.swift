/// Events and periods: an event head, capitalised (or "jeux olympiques"), with its adjectives,
/// a name after it, its complement and its year: "Seconde Guerre mondiale", "Coupe du monde",
/// "Jeux olympiques d'hiver", "Révolution française", "Coupe Davis", "Moyen Âge", "Jeux
/// olympiques de 2012" → MISC.
struct EventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let w = c.words
        var out: [TokenName] = []
        // The end of the last event found: a head inside it is part of it, not read again (a
        // chain of capitalised events would otherwise be scanned once per head, quadratically).
        var coveredUntil = 0
        for i in c.tokens.indices where i >= coveredUntil && c.is(i, in: w.eventHead) {
            let lowercaseEvent =
                c.is(i, in: w.lowercaseEventHead) && c.is(i + 1, in: w.lowercaseEventAdjective)
            guard c.isCap(i) || lowercaseEvent else { continue }
            var start = i
            if c.isCap(i - 1), c.is(i - 1, in: w.eventOrdinal) { start = i - 1 }
            var j = i + 1
            while c.isLowercaseWord(j) && c.is(j, in: w.eventAdjective) { j += 1 }
            // A capitalised head and the name after it: "Coupe Davis", "Affaire Dreyfus".
            if j == i + 1 && c.isCap(i) && c.isCap(j) && !c.isSentenceInitial(j) {
                while c.isCap(j) { j += 1 }
            }
            // "d'hiver", "du monde".
            if let k = c.complement(at: j), k == j + 1, c.is(k, in: w.eventComplement) { j = k + 1 }
            // A complement that is no known place: "Coupe de la Ligue" (not "sommet de Bruxelles").
            // A capitalised head takes a place too: "Championnat d'Europe", "Conférence de Paris".
            let next = c.complement(at: j) ?? j + 1
            if next < c.tokens.count && (!c.isMarked(next, as: .place) || c.isCap(i)),
                let end = c.capitalizedComplements(from: j)
            {
                j = end
            }
            // The sport of a championship: "Championnat d'Europe de football".
            if j > i + 1 || start < i, let k = c.complement(at: j), k == j + 1, c.isLowercaseWord(k),
                c.is(k, in: w.sport)
            {
                j = k + 1
            }
            if c.is(j, in: w.yearPreposition) && j + 1 < c.tokens.count && c.tokens[j + 1].kind == .number {
                j += 2
            }
            // A capitalised head alone before its year is the event, without the year: "l'Euro 2012".
            if j == i + 1 && start == i && c.isCap(i) && !c.isSentenceInitial(i) && c.isYear(i + 1) {
                out.append(TokenName(i..<j, .miscellaneous, isCertain: true))
                coveredUntil = j
                continue
            }
            guard j > i + 1 || start < i else { continue }
            out.append(TokenName(start..<j, .miscellaneous, isCertain: true))
            coveredUntil = j
        }
        return c.overlay(names, with: out)
    }
}
