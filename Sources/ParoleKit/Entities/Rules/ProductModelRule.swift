/// A product and its model number: an organisation's or work's name (a known organisation
/// whatever the model typed it), or a word the teacher always called a work, followed on the same
/// line by a number that is no year and no quantity ("Boeing 747", "PlayStation 3", "Xbox 360")
/// → MISC; the acronym of a body that exists once per département and its number ("Sdis 29",
/// `localBranchAcronym`) → ORG.
struct ProductModelRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let tokens = c.tokens
        var nameAt = [Int?](repeating: nil, count: tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { nameAt[i] = k } }
        var out: [TokenName] = []
        for i in tokens.indices where tokens[i].kind == .number && i > 0 && c.isCap(i - 1) {
            // One space after the name.
            let gap = tokens[i - 1].span.end..<tokens[i].span.start
            guard gap.count == 1, c.document.scalars[gap.lowerBound] == " " else { continue }
            if c.is(i + 1, in: c.words.unit) { continue }  // "Angiox 250 mg": a dose
            let digits = tokens[i].norm
            if digits.count == 4, let year = Int(digits), (1800...2099).contains(year) { continue }
            let before = i - 1
            let name = nameAt[before].map { names[$0] }
            // A known organisation keeps its product whatever type the model gave the name
            // ("Un Boeing 747", where the model may read "Boeing" as a place).
            let named =
                name?.type == .organization || name?.type == .miscellaneous
                || ((name?.range.count ?? 1) == 1 && c.single(before, .organisation))
            let teacherWork = name == nil && Int(c.observations.teacher[before]) >= 4 * 8 + 4
            guard named || teacherWork, (name?.range.upperBound ?? i) == i else { continue }
            // A body that exists once per département, numbered by it ("le Sdis 29", "le Samu 22"),
            // is that organisation's branch.
            let branch = c.is(before, in: c.words.localBranchAcronym) && (name?.range.count ?? 1) == 1
            out.append(
                TokenName(
                    (name?.range.lowerBound ?? before)..<(i + 1), branch ? .organization : .miscellaneous))
        }
        return c.overlay(names, with: out)
    }
}
