/// A person's initials before the name the model found belong to it: "J. Lee Thompson",
/// "J. M. Barrie" (initials on the same line, each one capital letter and its period, the first
/// not glued to the word before it, as "C." is in "38°C."; not a title, "M." for "Monsieur").
struct InitialsRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        func isInitial(_ k: Int) -> Bool {
            guard k >= 0, !covered[k], c.isCap(k) || c.isAllCaps(k), !c.single(k, .title) else {
                return false
            }
            let norm = c.norm(k)
            return norm.count == 2 && norm.hasSuffix(".") && norm.first!.isLetter
        }
        return names.map { n in
            guard n.type == .person else { return n }
            var start = n.range.lowerBound
            while isInitial(start - 1) && c.continuesLine(start) { start -= 1 }
            guard start < n.range.lowerBound,
                start == 0 || c.tokens[start - 1].span.end < c.tokens[start].span.start
            else { return n }
            var extended = n
            extended.range = start..<n.range.upperBound
            return extended
        }
    }
}
