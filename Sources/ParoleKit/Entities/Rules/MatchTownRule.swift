/// In a match report, a town that plays is its club, which the guidelines type ORG: an article
/// holding a score ("(2-2)", "23-22") and two words of a match report (`matchEvidence`:
/// "mi-temps", "arbitre") names clubs by their town, so a known place there is the
/// club when it is the subject of a verb ("Brest reste quatorzième", "Pau renverse Castres",
/// "Brest et Strasbourg se quittent dos à dos") or the opponent after `matchOpponentWord`
/// ("la défaite contre Versailles", "face à Rouen", "la réception de Laval") or the object of
/// a `matchObjectVerb` ("Lens renverse Rennes"), or after a player's position in a team and
/// "de" ("le gardien d'Amiens"). The subject opens a sentence or follows a
/// comma, "et" or `clauseOpener` ("Il faut dire que Strasbourg avait fait…"); the word after it is
/// a lower-case word that is no `matchSubjectStop` (a preposition, article or conjunction: "à
/// Brest dans", "Brest et Lorient"). Only those occurrences: the town stays a place elsewhere
/// ("se déplaceront à Lens"), so the rule runs after the article-wide vote.
struct MatchTownRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        guard hasScore(c), hasMatchEvidence(c) else { return names }
        var out = names
        for (k, n) in names.enumerated() where isTown(n, c) {
            let i = n.range.lowerBound
            let after = n.range.upperBound
            if isOpponent(at: i, c) || isPositionsClub(at: i, c) {
                out[k] = TokenName(n.range, .organization, isCertain: true)
                continue
            }
            guard
                c.isSentenceInitial(i) || c.norm(i - 1) == "," || c.is(i - 1, in: c.words.coordination)
                    || c.is(i - 1, in: c.words.clauseOpener)
            else { continue }
            // "Brest et Strasbourg se quittent": the second town carries the verb for both.
            var last = after
            if c.is(after, in: c.words.coordination), k + 1 < names.count,
                names[k + 1].range.lowerBound == after + 1,
                isTown(names[k + 1], c)
            {
                last = names[k + 1].range.upperBound
            }
            guard c.isLowercaseWord(last), !c.is(last, in: c.words.matchSubjectStop) else { continue }
            out[k] = TokenName(n.range, .organization, isCertain: true)
        }
        return out
    }

    /// A place the lexicon knows, of one to three words, that the names so far call a place.
    private func isTown(_ n: TokenName, _ c: EntityRuleContext) -> Bool {
        n.type == .location && n.range.count <= 3 && c.isKnown(n.range, as: .place)
    }

    /// Whether the town at `i` is the club of a player named by a position in a team, after
    /// "de" and at most one adjective ("le gardien d'Amiens", "le défenseur central d'Amiens",
    /// "la gardienne de Fleury": `teamPosition`).
    private func isPositionsClub(at i: Int, _ c: EntityRuleContext) -> Bool {
        guard c.is(i - 1, in: c.words.complementPreposition), c.continuesLine(i) else { return false }
        return c.is(i - 2, in: c.words.teamPosition)
            || (c.isLowercaseWord(i - 2) && c.is(i - 3, in: c.words.teamPosition))
    }

    /// Whether the town at `i` follows a word naming the opponent ("contre", "face à", "la
    /// réception de"), or is the object of a verb of the match right before it (`matchObjectVerb`:
    /// "Lens renverse Rennes", "Rennes reçoit Lille").
    private func isOpponent(at i: Int, _ c: EntityRuleContext) -> Bool {
        if c.is(i - 1, in: c.words.matchOpponentWord) { return true }
        if c.is(i - 1, in: c.words.matchObjectVerb), c.isLowercaseWord(i - 1), c.continuesLine(i) {
            return true
        }
        return c.is(i - 2, in: c.words.matchOpponentWord) && c.is(i - 1, in: c.words.matchOpponentPreposition)
    }

    /// Whether the article holds a score: two numbers of one to three digits joined by a hyphen,
    /// as one token or three glued ones ("2-2", "23-22"), that are no range: not followed by a
    /// month or a unit ("3-4 juillet", "6-10 ans") nor preceded by a `scoreRangeWord` ("de").
    private func hasScore(_ c: EntityRuleContext) -> Bool {
        for k in c.tokens.indices where c.tokens[k].kind == .number {
            let text = c.document.text(c.tokens[k].span)
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            var end: Int?
            if parts.count == 2, parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isNumber) })
            {
                end = k + 1
            } else if k + 2 < c.tokens.count, c.norm(k + 1) == "-", c.touchesPrevious(k + 1),
                c.touchesPrevious(k + 2),
                c.tokens[k + 2].kind == .number, text.count <= 3,
                c.document.text(c.tokens[k + 2].span).count <= 3
            {
                end = k + 3
            }
            guard let end else { continue }
            if c.is(end, in: c.words.month) || c.is(end, in: c.words.unit)
                || c.is(k - 1, in: c.words.scoreRangeWord)
            {
                continue
            }
            return true
        }
        return false
    }

    /// Whether the article holds two different words of a match report (`matchEvidence`).
    private func hasMatchEvidence(_ c: EntityRuleContext) -> Bool {
        var seen: Set<String> = []
        for k in c.tokens.indices where c.is(k, in: c.words.matchEvidence) {
            seen.insert(c.norm(k))
            if seen.count >= 2 { return true }
        }
        return false
    }
}
