/// A local authority named by its capitalised kind and its place is its council, ORG with both:
/// "la Région Bretagne", "la Région Hauts-de-France", "la Métropole Rouen Normandie", "le
/// Département du Rhône", "la Région de Bruxelles-Capitale" (`localAuthorityNoun`, then a place
/// the gazetteer marks, right after it or in a capitalised complement). Not after "en", where
/// the words name where one is ("en Région Île-de-France"), and not with an adjective ("la Région
/// wallonne": `ActingStateRule` reads the kind alone).
struct LocalAuthorityNameRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var out: [TokenName] = []
        for i in c.tokens.indices
        where c.isCap(i) && !c.isAllCaps(i) && c.is(i, in: c.words.localAuthorityNoun)
            && !c.is(i - 1, in: c.words.seatPreposition)
        {
            var end: Int?
            if let s = c.complement(at: i + 1), c.continuesLine(i + 1), c.isMarked(s, as: .place) {
                end = c.capitalizedComplements(from: i + 1)
            } else if c.isCap(i + 1), c.continuesLine(i + 1), c.isMarked(i + 1, as: .place) {
                var j = i + 1
                while c.isCap(j) && c.continuesLine(j) && !c.isSentenceInitial(j) { j += 1 }
                end = j
            }
            guard let e = end, e > i + 1 else { continue }
            out.append(TokenName(i..<e, .organization, isCertain: true))
        }
        return out.isEmpty ? names : c.overlay(names, with: out)
    }
}
