/// The agency credited in a dateline is an organisation: "Berne (Keystone-ATS) - Les
/// propriétaires…", "NEW YORK, 17 septembre (AFP) - Les membres…", "Sion (Keystone-ATS) – Un
/// incendie…" → ORG, whatever the model gave it (a place, from the hyphen). The bracket follows
/// the capitalised place opening a line and at most a date, and a dash (`datelineDash`) follows
/// it. A known place in the bracket ("Brest (Finistère) -") is the town's département, left as
/// it is.
struct DatelineCreditRule: EntityRule {
    /// At most this many tokens between the line's start and the bracket.
    private static let maxDatelineTokens = 8

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        var lineStart = 0
        for open in c.tokens.indices {
            if !c.continuesLine(open) { lineStart = open }
            guard c.norm(open) == "(", open > lineStart,
                open - lineStart <= DatelineCreditRule.maxDatelineTokens,
                c.isCap(lineStart) || c.isAllCaps(lineStart),
                isDateline(lineStart..<open, c),
                let close = (open + 1..<min(c.tokens.count, open + 6)).first(where: { c.norm($0) == ")" }),
                close > open + 1, c.isCap(open + 1) || c.isAllCaps(open + 1),
                c.is(close + 1, in: c.words.datelineDash), c.continuesLine(close + 1),
                !isKnownPlace((open + 1)..<close, c)
            else { continue }
            out.append(TokenName((open + 1)..<close, .organization, isCertain: true))
        }
        return c.overlay(names, with: out)
    }

    /// Whether the bracket names a known place and no known agency or medium: the département of
    /// a town ("Villeurbanne (Rhône) –"), not a credit.
    private func isKnownPlace(_ range: Range<Int>, _ c: EntityRuleContext) -> Bool {
        c.isKnown(range, as: .place) && !c.isKnown(range, as: .organisation, .media)
    }

    /// Whether `range` is a dateline: capitalised words (the place), then at most a comma and a
    /// date ("NEW YORK, 17 septembre"), on one line; no lower-case word before the comma
    /// ("Selon lui, Berne").
    private func isDateline(_ range: Range<Int>, _ c: EntityRuleContext) -> Bool {
        var afterComma = false
        for k in range {
            if k > range.lowerBound && !c.continuesLine(k) { return false }
            if c.norm(k) == "," {
                if afterComma { return false }
                afterComma = true
            } else if !(c.isCap(k) || c.isAllCaps(k) || c.tokens[k].kind == .number || afterComma) {
                return false
            }
        }
        return true
    }
}
