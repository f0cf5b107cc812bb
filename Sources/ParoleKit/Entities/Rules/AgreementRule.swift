/// A treaty, agreement or convention named after the place or body where it was made is MISC,
/// its head included: "traité de Lisbonne", "accords d'Oslo", "convention de Lomé", "Traité de
/// Rome", "traité de l'OMPI". The complement is a name the model or an earlier rule found, not a
/// person ("l'accord de Trump" is his); of a name neither a place nor an organisation only the
/// capitalised words count ("Rome" of a model's "Rome fonde la CEE"). The head is no part of a
/// longer name ("Organisation du traité de l'Atlantique Nord"), though it may be a name alone. A
/// name the model found over head and complement with another type is retyped. An organisation
/// after a `consentHead` gives its consent, no treaty ("avec l'accord de l'Institut national de
/// l'origine et de la qualité").
struct AgreementRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let covered = c.coverage(names)
        var nameAt = [Int?](repeating: nil, count: c.tokens.count)
        for (k, n) in names.enumerated() { nameAt[n.range.lowerBound] = k }
        var out: [TokenName] = []
        for i in c.tokens.indices where c.is(i, in: c.words.agreementHead) {
            // The head alone may be a name of its own ("Traité" in "le Traité de Rome").
            if covered[i] && nameAt[i].map({ names[$0].range != i..<(i + 1) }) ?? true { continue }
            guard let s = c.complement(at: i + 1), c.continuesLine(s), let n = nameAt[s].map({ names[$0] }),
                n.type != .person, !(n.type == .organization && c.is(i, in: c.words.consentHead))
            else { continue }
            var end = n.range.upperBound
            // A name of another kind there may run on too far ("Rome fonde la CEE"): its capitalised words.
            if n.type != .location && n.type != .organization {
                end = s + 1
                while end < n.range.upperBound && (c.isCap(end) || c.isAllCaps(end)) { end += 1 }
            }
            out.append(TokenName(i..<end, .miscellaneous, isCertain: true))
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
