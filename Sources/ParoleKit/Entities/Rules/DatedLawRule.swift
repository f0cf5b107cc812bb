import Foundation

/// A law, treaty or agreement written lower-case, with what it is about and then its year or its
/// date, is a name, MISC with the year: "traité de défense mutuelle de 1951", "loi de
/// programmation militaire 2032-2038", "accord de Vientiane sur les débits de 2031" (a name found
/// in the subject is part of it), "loi du 19 décembre 2022". The head (`datedLawHead`) takes its
/// subject after "de" or `lawSubjectPreposition`, words on its line that are no breaker, and the
/// year after "de" or right after a word of the subject; a head right before its year names
/// nothing ("la loi de 2017", "en vertu du traité de 1920"), nor a year after a preposition that
/// ends the subject ("l'accord de pêche pour 2027", "la loi … votée en 2023"). An acronym in
/// brackets right after the name, opening with the head's letter, is that law, here and wherever
/// it comes back ("(LPM)").
struct DatedLawRule: EntityRule {
    /// At most this many tokens between the head and the year.
    private static let maxSubjectTokens = 10

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var laws: [TokenName] = []
        var acronyms: Set<UInt64> = []
        for i in c.tokens.indices where c.isLowercaseWord(i) && c.is(i, in: c.words.datedLawHead) {
            guard let end = datedEnd(after: i, c) else { continue }
            laws.append(TokenName(i..<end, .miscellaneous, isCertain: true))
            if c.norm(end) == "(", c.norm(end + 2) == ")", c.isAllCaps(end + 1),
                c.norm(end + 1).first == c.norm(i).first
            {
                acronyms.insert(c.word(end + 1))
            }
        }
        guard !laws.isEmpty else { return names }
        for k in c.tokens.indices where c.isAllCaps(k) && acronyms.contains(c.word(k)) {
            laws.append(TokenName(k..<k + 1, .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: laws)
    }

    /// The end of the name opened by the head at `head`: after the year closing its subject, or
    /// after the date written "du" + day + month + year; nil when neither follows.
    private func datedEnd(after head: Int, _ c: EntityRuleContext) -> Int? {
        if let end = dateEnd(at: head + 1, c) { return end }
        guard c.continuesLine(head + 1),
            c.is(head + 1, in: c.words.complementPreposition)
                || c.is(head + 1, in: c.words.lawSubjectPreposition)
        else { return nil }
        var k = head + 1
        var hasSubject = false
        while k < c.tokens.count, k - head <= Self.maxSubjectTokens, c.continuesLine(k) {
            if hasSubject, !isConnector(k - 1, c) {
                // The year right after a word of the subject ("… militaire 2032-2038").
                if c.isYear(k), c.isOneSpaceAfterPrevious(k) { return yearEnd(k, c) }
                // The year after "de" ("… mutuelle de 1951").
                if c.is(k, in: c.words.yearPreposition), c.isYear(k + 1) { return yearEnd(k + 1, c) }
            }
            if isConnector(k, c) {
                k += 1
                continue
            }
            let word =
                (c.isLowercaseWord(k) && !c.is(k, in: c.words.breaker))
                || (c.isCap(k) && !c.isSentenceInitial(k))
            guard word else { return nil }
            hasSubject = true
            k += 1
        }
        return nil
    }

    /// Whether token `k` joins the words of a law's subject: "de", "du", "des", "d'", an article
    /// after them, or a `lawSubjectPreposition` ("sur").
    private func isConnector(_ k: Int, _ c: EntityRuleContext) -> Bool {
        guard c.isLowercaseWord(k) || c.isLowercaseElision(k) else { return false }
        return c.is(k, in: c.words.complementPreposition) || c.is(k, in: c.words.complementArticle)
            || c.is(k, in: c.words.lawSubjectPreposition) || c.is(k, in: c.words.pluralArticle)
            || c.is(k, in: c.words.epithetArticle)
    }

    /// The end of a date "du 19 décembre 2022" opening at `k` (the first day written "1er" too),
    /// on one line; nil when none opens there.
    private func dateEnd(at k: Int, _ c: EntityRuleContext) -> Int? {
        guard c.is(k, in: c.words.datePreposition), k + 3 < c.tokens.count,
            c.norm(k + 1).first?.isNumber == true, c.norm(k + 1).count <= 3,
            c.is(k + 2, in: c.words.month), c.isYear(k + 3),
            (k...(k + 3)).allSatisfy({ c.continuesLine($0) })
        else { return nil }
        return k + 4
    }

    /// The end of the year at `k`, with the year it runs to when a range is glued to it
    /// ("2032-2038").
    private func yearEnd(_ k: Int, _ c: EntityRuleContext) -> Int {
        if k + 2 < c.tokens.count, c.is(k + 1, in: c.words.seasonSeparator), c.touchesPrevious(k + 1),
            c.touchesPrevious(k + 2), c.tokens[k + 2].kind == .number, c.norm(k + 2).count == 4
        {
            return k + 3
        }
        return k + 1
    }
}
