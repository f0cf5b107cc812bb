/// A name ending with an abbreviation keeps the period glued to it: "Martin Luther King Jr.",
/// "Warner Bros.", "Atari Inc." (the tokenizer writes the period apart, and trimming keeps it
/// only there).
struct AbbreviationPeriodRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        return names.map { n in
            let e = n.range.upperBound
            guard c.gluedAbbreviationPeriod(at: e) else { return n }
            var extended = n
            extended.range = n.range.lowerBound..<(e + 1)
            return extended
        }
    }
}
