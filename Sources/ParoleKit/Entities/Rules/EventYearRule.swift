/// An event or work of several words and the year written right after it are one name: "Festival
/// de Cannes 2007", "Série mondiale 1986", "Tour de France 1948", "Classique mondiale de baseball
/// 2013" → MISC with the year. One space between, on the same line, no unit after the number
/// ("… 2000 personnes") and no season ("le Vendée Globe 2012-2013"). A name of one word is left as ``EventRule`` reads it ("l'Euro 2012").
struct EventYearRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        for k in names.indices where names[k].type == .miscellaneous && names[k].range.count >= 2 {
            let y = names[k].range.upperBound
            guard c.isYear(y), c.isOneSpaceAfterPrevious(y), !c.is(y + 1, in: c.words.unit),
                !startsSeason(at: y, c)
            else { continue }
            if k + 1 < names.count && names[k + 1].range.lowerBound <= y { continue }
            names[k].range = names[k].range.lowerBound..<(y + 1)
        }
        return names
    }

    /// Whether the year at `k` opens a season or a range glued to it ("2012-2013", "2006/07"):
    /// a date, not part of the name ("le Vendée Globe 2012-2013").
    private func startsSeason(at k: Int, _ c: EntityRuleContext) -> Bool {
        guard k + 2 < c.tokens.count, c.tokens[k + 2].kind == .number else { return false }
        return c.touchesPrevious(k + 1) && c.touchesPrevious(k + 2)
            && c.is(k + 1, in: c.words.seasonSeparator)
    }
}
