/// The name after a noun of broadcasting and "de" is the medium, an organisation: "a-t-elle
/// confié au micro de France Bleu Isère", "au micro de France 3 Occitanie", "au micro de RTL"
/// → ORG over the capitalised words, numbers and a glued "+" that follow on the line
/// (`broadcastNoun`, lower-case, after a determiner or a preposition that holds one, "au"). A
/// person's name right after the medium stays out ("au micro de France Inter Marc Dufresne":
/// a known first name before a capitalised word ends the medium), and so does a known place or
/// first name alone. A first name followed by a capitalised word right after "de" is the
/// journalist's name, no medium ("au micro de Jean-Jacques Bourdin", "au micro de Léa Salamé"),
/// unless the first name is also a place or the two words a known medium ("France Inter"). What
/// the model found there is overlaid: its pieces outside the medium stay.
struct BroadcastNounRule: EntityRule {
    /// At most this many words in the medium's name.
    private static let maxWords = 4

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var added: [TokenName] = []
        for i in c.tokens.indices
        where c.is(i, in: c.words.broadcastNoun) && c.isLowercaseWord(i)
            && c.is(i - 1, in: c.words.determiner)
        {
            guard let k = c.complement(at: i + 1), k == i + 2, c.continuesLine(k),
                c.isCap(k) || c.isAllCaps(k), !c.isSentenceInitial(k)
            else { continue }
            if isPersonsName(at: k, in: c) { continue }
            var end = k + 1
            while end < c.tokens.count, end - k < Self.maxWords, c.continuesLine(end) {
                let glued = c.touchesPrevious(end)
                if c.single(end, .firstName), c.isCap(end + 1), c.continuesLine(end + 1) { break }
                if c.isCap(end) || c.isAllCaps(end) || c.tokens[end].kind == .number
                    || (glued && c.norm(end) == "+")
                {
                    end += 1
                } else {
                    break
                }
            }
            let range = k..<end
            if range.count == 1, c.isKnown(range, as: .place, .people) || c.single(k, .firstName) { continue }
            added.append(TokenName(range, .organization, isCertain: true))
        }
        return added.isEmpty ? names : c.overlay(names, with: added)
    }

    /// Whether a person's name opens at `k`: a first name that is no place, then a capitalised
    /// word on the same line, the two no known medium or organisation.
    private func isPersonsName(at k: Int, in c: EntityRuleContext) -> Bool {
        c.single(k, .firstName) && !c.single(k, .place) && c.isCap(k + 1) && c.continuesLine(k + 1)
            && !c.isKnown(k..<k + 2, as: .media, .organisation)
    }
}
