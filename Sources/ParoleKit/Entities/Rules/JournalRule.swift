/// The review named right after its noun (`journalNoun`, after a determiner, up to two
/// lower-case words between) is one organisation, whole, as the guidelines type a journal a
/// study appears in: "la revue Nature", "la revue indépendante Prescrire", "la revue Nature
/// Ecology & Evolution", "la revue The Lancet Child & Adolescent Health", "la revue Journal of
/// Vertebrate Paleontology" → ORG, whatever the model found there or missed. The name is the
/// capitalised words after the noun, on its line, with up to two `journalJoiner` words ("&",
/// "of") between two of them; a name in quotation marks is left to the rules for works.
struct JournalRule: EntityRule {
    /// At most this many lower-case words between the noun and the name.
    private static let maxModifiers = 2

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices
        where c.isLowercaseWord(i) && c.is(i, in: c.words.journalNoun) && c.is(i - 1, in: c.words.determiner)
        {
            var k = i + 1
            while k - i - 1 < JournalRule.maxModifiers, c.isLowercaseWord(k), !c.is(k, in: c.words.joiner),
                !c.is(k, in: c.words.breaker), !c.is(k, in: c.words.determiner), c.continuesLine(k)
            {
                k += 1
            }
            guard c.isCap(k) || c.isAllCaps(k), c.continuesLine(k), !c.single(k, .title) else { continue }
            var end = k + 1
            while end < c.tokens.count && c.continuesLine(end) {
                if c.isCap(end) || c.isAllCaps(end) {
                    end += 1
                } else if let next = capitalAfterJoiners(end, c) {
                    end = next + 1
                } else {
                    break
                }
            }
            out.append(TokenName(k..<end, .organization, isCertain: true))
        }
        return c.overlay(names, with: out)
    }

    /// The capitalised word after one or two `journalJoiner` words from `k` on the same line
    /// ("Vertebrate" of "Journal of Vertebrate Paleontology"), nil when there is none.
    private func capitalAfterJoiners(_ k: Int, _ c: EntityRuleContext) -> Int? {
        var j = k
        while j - k < 2, c.is(j, in: c.words.journalJoiner), c.continuesLine(j) { j += 1 }
        guard j > k, c.isCap(j) || c.isAllCaps(j), c.continuesLine(j) else { return nil }
        return j
    }
}
