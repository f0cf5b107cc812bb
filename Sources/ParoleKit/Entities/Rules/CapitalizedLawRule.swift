import Foundation

/// A law, code or pact written with a capital (`capitalizedLawHead`) and named by an adjective or
/// by what it is about is MISC, the whole name: "Code électoral", "Loi sur la qualité de
/// l'environnement", "Pacte en faveur de la haie", "Pacte pour un enseignement d'excellence".
/// After the head: an adjective, then what it is about, opened by "de" or a
/// `capitalizedLawPreposition` ("sur", "pour", "en"), an article, a lower-case noun and its
/// adjective, going on with "de", "du", "des", "d'" and further nouns, on one line. A verb or
/// participle after the noun ends the name ("Pacte en faveur de la haie lancé par l'État"); a
/// year after "de" stays out of it ("du Code électoral de 2025"). A head alone is left as found.
struct CapitalizedLawRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var laws: [TokenName] = []
        for h in c.tokens.indices where c.isCap(h) && c.is(h, in: c.words.capitalizedLawHead) {
            var k = h + 1
            var end: Int? = nil
            if isAdjective(k, c) {
                k += 1
                end = k
            }
            var first = true
            while c.continuesLine(k), c.isLowercaseWord(k) || c.isLowercaseElision(k) {
                let opens =
                    c.is(k, in: c.words.complementPreposition)
                    || (first && c.is(k, in: c.words.capitalizedLawPreposition))
                guard opens else { break }
                var n = k + 1
                if isArticle(n, c), c.continuesLine(n) { n += 1 }
                guard c.continuesLine(n), isNoun(n, c) else { break }
                n += 1
                if isAdjective(n, c) { n += 1 }
                end = n
                k = n
                first = false
            }
            if let end { laws.append(TokenName(h..<end, .miscellaneous, isCertain: true)) }
        }
        return laws.isEmpty ? names : c.overlay(names, with: laws)
    }

    /// Whether token `k` is an article or a determiner opening a noun phrase ("la", "l'", "un").
    private func isArticle(_ k: Int, _ c: EntityRuleContext) -> Bool {
        guard c.isLowercaseWord(k) || c.isLowercaseElision(k) else { return false }
        return c.is(k, in: c.words.complementArticle) || c.is(k, in: c.words.singularArticle)
            || c.is(k, in: c.words.pluralArticle)
    }

    /// Whether token `k` may be the lower-case noun of a law's subject: a word on the line that is
    /// no joining word, breaker, determiner or verb.
    private func isNoun(_ k: Int, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        return c.isLowercaseWord(k) && !c.is(k, in: w.joiner) && !c.is(k, in: w.breaker)
            && !c.is(k, in: w.determiner) && !c.is(k, in: w.verbForm)
    }

    /// Whether token `k` is a lower-case adjective on the line: one of the institution adjectives
    /// or one known by its ending ("électoral"), no verb.
    private func isAdjective(_ k: Int, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        guard c.isLowercaseWord(k), c.continuesLine(k) else { return false }
        if c.is(k, in: w.institutionAdjective) { return true }
        return !c.is(k, in: w.breaker) && !c.is(k, in: w.verbForm) && !c.is(k, in: w.actingVerb)
            && w.institutionAdjectiveEnding.contains(where: { c.norm(k).hasSuffix($0) })
    }
}
