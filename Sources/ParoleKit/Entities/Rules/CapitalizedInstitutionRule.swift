/// A capitalised institution head with adjectives and complements → ORG: "Banque centrale
/// européenne", "Autorité palestinienne", "Communauté économique des États d'Afrique de
/// l'Ouest", "Fédération française de football" (LOC when the whole is a known place, as
/// "Union soviétique"; not a head written in capitals, "GARDE SPECIALE"). A state's or region's head and its adjective is a place: "Empire
/// ottoman", "Massif central".
struct CapitalizedInstitutionRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        let w = c.words
        var out: [TokenName] = []
        for i in c.tokens.indices where c.isCap(i) {
            if c.is(i, in: w.stateHead), c.isLowercaseWord(i + 1), !c.is(i + 1, in: w.joiner),
                !c.is(i + 1, in: w.breaker), !c.is(i + 1, in: w.determiner)
            {
                out.append(TokenName(i..<(i + 2), .location))
                continue
            }
            // A head written in capitals is a line of capitals ("MISE EN GARDE SPECIALE" of a
            // leaflet), where every word is capitalised and none says where a name ends.
            guard c.is(i, in: w.institutionHead), !c.isAllCaps(i) else { continue }
            var j = i + 1
            // "Groupe France Télécom", "Banque Populaire": capitalised words on the same line.
            while isAdjective(j, after: nil, c)
                || (c.isCap(j) && !c.isSentenceInitial(j) && c.continuesLine(j))
            {
                j += 1
            }
            // "Fédération française de football", "Ligue nationale de hockey".
            if j > i + 1, let s = c.complement(at: j), s == j + 1, c.is(s, in: w.sport) { j += 2 }
            // A lower-case complement, coordinated or not: "Cour de cassation", "Organisation
            // mondiale de la santé", "Commission nationale de l'informatique et des libertés".
            if let end = lowercaseComplements(from: j, c) { j = end }
            // "Banque de France", "Collège des Grands Électeurs": a capitalised complement alone;
            // an acronym after it is the parent, a name of its own ("Bureau d'enquêtes et
            // d'analyses de la DGAC").
            if let end = c.capitalizedComplements(from: j), let s = c.complement(at: j), !c.isAllCaps(s) {
                j = end
                // A national team and its sport: "Équipe d'Allemagne de football", "Équipe de
                // Finlande de hockey sur glace".
                if let s = c.complement(at: j), s == j + 1, c.is(s, in: w.sport) {
                    j += 2
                    if c.is(j, in: w.sportQualifier), c.is(j + 1, in: w.sportQualifier),
                        c.isLowercaseWord(j + 1)
                    {
                        j += 2
                    }
                }
            }
            guard j > i + 1 else { continue }
            out.append(TokenName(i..<j, c.isKnown(i..<j, as: .place) ? .location : .organization))
        }
        return c.overlay(names, with: out)
    }

    /// Whether token `k` is a lower-case adjective of an institution's name: one of the lists, a
    /// people's, or one known by its ending ("Parti justicialiste", "des affaires humanitaires")
    /// that is no finite verb ("L'Ordre des médecins rappelle", "le Syndicat de la magistrature
    /// interpelle"). After a complement noun (`noun`)
    /// an adjective known by its ending agrees with it in number: a singular verb after a plural
    /// complement is the sentence's ("l'Union des commerçants interpelle", which no list knows
    /// as a verb).
    private func isAdjective(_ k: Int, after noun: Int?, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        guard c.isLowercaseWord(k) else { return false }
        if c.is(k, in: w.institutionAdjective) || c.single(k, .people) { return true }
        if noun != nil, c.is(k, in: w.complementAdjective) { return true }
        guard !c.is(k, in: w.breaker), !c.is(k, in: w.finiteVerb), !c.is(k, in: w.actingVerb),
            w.institutionAdjectiveEnding.contains(where: { c.norm(k).hasSuffix($0) })
        else { return false }
        guard let noun else { return true }
        func isPlural(_ i: Int) -> Bool { w.pluralEnding.contains { c.norm(i).hasSuffix($0) } }
        return isPlural(noun) == isPlural(k)
    }

    /// The end of lower-case complements at `start`: a preposition, a lower-case noun and at most
    /// one adjective after it, then "et" and another such complement ("de l'informatique et des
    /// libertés", "des industries pétrolières"); nil when there is none.
    private func lowercaseComplements(from start: Int, _ c: EntityRuleContext) -> Int? {
        let w = c.words
        func isNoun(_ k: Int) -> Bool {
            c.isLowercaseWord(k) && !c.is(k, in: w.joiner) && !c.is(k, in: w.breaker)
                && !c.is(k, in: w.determiner)
                && c.continuesLine(k)
        }
        var end: Int? = nil
        var j = start
        while true {
            var k = j
            if end != nil, c.is(k, in: w.coordination) { k += 1 }
            guard let noun = c.complement(at: k), isNoun(noun) else { break }
            k = noun + 1
            if isAdjective(k, after: noun, c) { k += 1 }
            end = k
            j = k
        }
        return end
    }
}
