/// An institution named by a lower-case head, what kind it is and the place it serves is one
/// organisation, head and place included, as the guidelines type institutions that act: "le
/// tribunal correctionnel de Valence", "la cour d'assises du Gard", "la chambre régionale des
/// comptes d'Auvergne-Rhône-Alpes", "le conseil municipal de Saint-Brieuc", "la préfecture de
/// police de Paris" → ORG (the model names the place alone, LOC).
///
/// The head (`qualifiedInstitutionHead`) follows a determiner and takes at least one
/// qualifier: a lower-case adjective ("correctionnel") or a lower-case complement ("de
/// commerce", "des comptes"); after a head that is a common noun too
/// (`ambiguousInstitutionHead`), the first of them names a kind of institution
/// (`institutionQualifier`: not "chambre d'hôtel", "conseil avisé"); then comes "de", "du",
/// "de la", "d'" or "des" and a capitalised place, one the lexicon knows or the model named
/// LOC. A bare head and place ("le tribunal de Créteil"), which Sequoia and WikiNEuRal type as
/// the place alone, is left as it is.
struct QualifiedInstitutionRule: EntityRule {
    /// At most this many words qualify the head.
    private static let maxQualifierWords = 4

    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var placeAt = [Int?](repeating: nil, count: c.tokens.count)
        for n in names where n.type == .location { placeAt[n.range.lowerBound] = n.range.upperBound }
        /// A lower-case word that may qualify the head ("correctionnel", "commerce").
        func isQualifier(_ k: Int) -> Bool {
            c.isLowercaseWord(k) && !c.is(k, in: c.words.joiner) && !c.is(k, in: c.words.breaker)
                && !c.is(k, in: c.words.determiner) && c.continuesLine(k)
        }
        var out: [TokenName] = []
        for i in c.tokens.indices
        where c.isLowercaseWord(i) && c.is(i, in: c.words.qualifiedInstitutionHead)
            && c.is(i - 1, in: c.words.determiner)
        {
            var k = i + 1
            var used = 0
            let opensAnyQualifier = !c.is(i, in: c.words.ambiguousInstitutionHead)
            /// Whether the qualifier word `q` may come here: after "chambre", "cour", the first
            /// says what kind of institution it is ("correctionnel", "d'assises", not "chambre
            /// d'hôtel", "cour intérieure").
            func mayQualify(_ q: Int) -> Bool {
                isQualifier(q) && (used > 0 || opensAnyQualifier || c.is(q, in: c.words.institutionQualifier))
            }
            var place: Range<Int>? = nil
            while used < QualifiedInstitutionRule.maxQualifierWords {
                // The place: "de Valence", "du Gard", "d'Auvergne-Rhône-Alpes".
                if used > 0, let s = c.complement(at: k), c.isCap(s), !c.isAllCaps(s), c.continuesLine(s) {
                    if let end = placeAt[s] {
                        place = s..<end
                    } else {
                        var end = s + 1
                        while c.isCap(end) && c.continuesLine(end) { end += 1 }
                        if c.isKnown(s..<end, as: .place) { place = s..<end }
                    }
                    break
                }
                if mayQualify(k) {
                    k += 1
                    used += 1
                } else if let s = c.complement(at: k), s == k + 1, mayQualify(s) {
                    k = s + 1
                    used += 2
                } else {
                    break
                }
            }
            guard let place else { continue }
            out.append(TokenName(i..<place.upperBound, .organization, isCertain: true))
        }
        return c.merge(names, with: out, replacing: true)
    }
}
