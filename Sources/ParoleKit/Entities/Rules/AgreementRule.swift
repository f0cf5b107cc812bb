/// A treaty, agreement or convention named after the place or body where it was made is MISC,
/// its head included: "traité de Lisbonne", "accords d'Oslo", "convention de Lomé", "Traité de
/// Rome", "traité de l'OMPI". The complement is a place or organisation the model or an earlier
/// rule found (not a person: "l'accord de Trump" is his); the head is no part of a longer name
/// ("Organisation du traité de l'Atlantique Nord"). A name the model found over head and complement
/// with another type is retyped.
struct AgreementRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var out: [TokenName] = []
        for i in c.tokens.indices where c.is(i, in: c.words.agreementHead) && !covered[i] {
            guard let s = c.complement(at: i + 1), c.continuesLine(s), let n = nameAt[s].map({ names[$0] }),
                n.type == .location || n.type == .organization
            else { continue }
            out.append(TokenName(i..<n.range.upperBound, .miscellaneous, isCertain: true))
        }
        // The model's own name over head and complement, typed otherwise ("Traité de Rome" as a place).
        for n in names where n.type != .miscellaneous && c.is(n.range.lowerBound, in: c.words.agreementHead) {
            if let s = c.complement(at: n.range.lowerBound + 1), s < n.range.upperBound,
                c.isCap(s) || c.isAllCaps(s)
            {
                out.append(TokenName(n.range, .miscellaneous, isCertain: true))
            }
        }
        return c.overlay(names, with: out)
    }
}
