/// A name followed by a year is an event or an edition: "Euro 2012", "Roland-Garros 2012",
/// "Vendée Globe 2012", "Londres 2012" → MISC with the year. The year stands one space after
/// the name on the same line, the name is no month and no day number comes before it ("le 5
/// Mai 2012" is a date).
struct YearEventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let tokens = c.tokens
        var nameAt = [Int?](repeating: nil, count: tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        var out: [TokenName] = []
        for i in tokens.indices where tokens[i].kind == .number && i > 0 && c.isCap(i - 1) {
            let digits = tokens[i].norm
            guard digits.count == 4, let year = Int(digits), (1900...2099).contains(year) else { continue }
            let gap = tokens[i - 1].span.end..<tokens[i].span.start
            guard gap.count == 1, c.document.scalars[gap.lowerBound] == " ", !c.is(i - 1, in: c.words.month)
            else { continue }
            var start = i - 1
            if let k = nameAt[i - 1] {
                guard names[k].range.upperBound == i else { continue }
                start = names[k].range.lowerBound
            } else {
                while start > 0 && c.isCap(start - 1) && c.continuesLine(start) && !c.isSentenceInitial(start)
                {
                    start -= 1
                }
            }
            if start > 0 && tokens[start - 1].kind == .number { continue }
            out.append(TokenName(start..<(i + 1), .miscellaneous, isCertain: true))
        }
        return c.overlay(names, with: out)
    }
}
