/// A place followed by initials written together that no name covers is one place with them:
/// "Washington D.C." (one space between, on the same sentence). Not a person's initials: those
/// come before a capitalised name ("à Paris J.P. Durand" keeps "Paris"), and a hyphen marks a
/// first name's ("J.-P.").
struct PlaceInitialsRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        return names.map { n in
            let k = n.range.upperBound
            guard n.type == .location, k < c.tokens.count, !covered[k], c.isAllCaps(k),
                InitialsRule.initialCount(c.norm(k)) >= 2, !c.norm(k).contains("-"),
                c.isOneSpaceAfterPrevious(k), !c.isSentenceInitial(k),
                !(c.isCap(k + 1) && c.continuesLine(k + 1) && !c.isSentenceInitial(k + 1))
            else { return n }
            var extended = n
            extended.range = n.range.lowerBound..<(k + 1)
            return extended
        }
    }
}
