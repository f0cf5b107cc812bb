/// A competition named by a word and a number is MISC, as the guidelines type sports
/// competitions: "la Ligue 2", "le Top 14", "en Nationale 2", "un tournoi WTA 250"
/// (`competitionHead` then a number on the same line, one space between, that is no year and
/// no quantity: "la Ligue 2 000 adhérents" has a unit after it). The model often reads the head
/// alone as a place or an organisation ("Ligue" LOC), or misses it; the number is the name's.
/// "Ligue" before a complement that names a competition (`competitionComplement`: "la Ligue des
/// champions", "la Ligue de diamant", "la Ligue des nations") is MISC too, not the institution
/// the head names elsewhere ("Ligue des droits de l'homme", "Ligue nationale de rugby").
struct CompetitionNumberRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isCap(i) && c.is(i, in: c.words.competitionHead) {
            let n = i + 1
            if n < c.tokens.count, c.tokens[n].kind == .number, c.isOneSpaceAfterPrevious(n),
                !c.is(n + 1, in: c.words.unit), !c.isYear(n),
                !(n + 1 < c.tokens.count && c.tokens[n + 1].kind == .number)
            {
                out.append(TokenName(i..<(n + 1), .miscellaneous, isCertain: true))
                continue
            }
            // "Ligue des champions", "Ligue de diamant".
            guard c.is(n, in: c.words.complementPreposition), c.isLowercaseWord(n) || c.isLowercaseElision(n)
            else { continue }
            var j = n + 1
            if c.is(j, in: c.words.complementArticle) { j += 1 }
            guard c.isLowercaseWord(j), c.continuesLine(j), c.is(j, in: c.words.competitionComplement) else {
                continue
            }
            out.append(TokenName(i..<(j + 1), .miscellaneous, isCertain: true))
        }
        return out.isEmpty ? names : c.overlay(names, with: out)
    }
}
