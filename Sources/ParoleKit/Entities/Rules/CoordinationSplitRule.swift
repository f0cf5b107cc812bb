/// Names coordinated inside one model name are two names: "Toulouse et Nîmes" → "Toulouse",
/// "Nîmes" (places and people; organisations such as "Forges et Aciéries" and known entries
/// such as "Wallis et Futuna" stay whole); so are an acronym and a known place glued to it by
/// "de" ("GPS des États-Unis"). Every name is then trimmed (see
/// ``EntityRuleContext/trim(_:)``).
struct CoordinationSplitRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        split(names.flatMap { splitAcronym($0, context) }, context).compactMap(context.trim)
    }

    /// An acronym is a whole name: glued to a known place by "de" it is two names, "GPS des
    /// États-Unis" → "GPS", "États-Unis" (LOC), unless the whole is a known entry.
    private func splitAcronym(_ name: TokenName, _ c: EntityRuleContext) -> [TokenName] {
        let a = name.range.lowerBound
        guard c.isAllCaps(a), let s = c.complement(at: a + 1), s < name.range.upperBound,
            c.isKnown(s..<name.range.upperBound, as: .place), c.categories(of: name.range) == 0
        else { return [name] }
        return [TokenName(a..<(a + 1), name.type), TokenName(s..<name.range.upperBound, .location)]
    }

    private func split(_ names: [TokenName], _ c: EntityRuleContext) -> [TokenName] {
        var out: [TokenName] = []
        for name in names {
            guard name.type == .location || name.type == .person,
                let cut = name.range.dropFirst().dropLast().first(where: {
                    c.is($0, in: c.words.coordination)
                }),
                c.isCap(cut + 1) || (c.is(cut + 1, in: c.words.determiner) && c.isCap(cut + 2)),
                c.categories(of: name.range) == 0
            else {
                out.append(name)
                continue
            }
            out.append(TokenName(name.range.lowerBound..<cut, name.type))
            out += split([TokenName((cut + 1)..<name.range.upperBound, name.type)], c)
        }
        return out
    }
}
