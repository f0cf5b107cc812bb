/// A capitalised institution head with adjectives and complements → ORG: "Banque centrale
/// européenne", "Autorité palestinienne", "Communauté économique des États d'Afrique de
/// l'Ouest", "Fédération française de football" (LOC when the whole is a known place, as
/// "Union soviétique", and when a body named after its site follows "à" and an article, "à
/// l'Observatoire de La Silla": `siteInstitutionHead`, `sitePreposition`; not a head written in
/// capitals, "GARDE SPECIALE"). A state's or region's head and its adjective is a place: "Empire
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
            // "Fédération française de football", "Ligue nationale de hockey", "Fédération
            // internationale de hockey sur glace".
            if j > i + 1, let s = c.complement(at: j), s == j + 1, c.is(s, in: w.sport) {
                j += 2
                j = sportQualifierEnd(from: j, c)
            }
            // A lower-case complement, coordinated or not: "Cour de cassation", "Organisation
            // mondiale de la santé", "Commission nationale de l'informatique et des libertés".
            var afterComplementNoun = false
            if let end = lowercaseComplements(from: j, c) {
                j = end
                afterComplementNoun = true
                // The region a body of a kind serves, written right after its kind: "Agence
                // régionale de santé Auvergne-Rhône-Alpes", "… de santé Nouvelle-Aquitaine".
                if c.isCap(j), c.single(j, .place), c.continuesLine(j), !c.isSentenceInitial(j) {
                    j += 1
                    afterComplementNoun = false
                }
            }
            // "Banque de France", "Collège des Grands Électeurs": a capitalised complement alone;
            // an acronym after it is the parent, a name of its own ("Bureau d'enquêtes et
            // d'analyses de la DGAC").
            if let end = c.capitalizedComplements(from: j), let s = c.complement(at: j), !c.isAllCaps(s) {
                j = end
                afterComplementNoun = false
                // A national team and its sport: "Équipe d'Allemagne de football", "Équipe de
                // Finlande de hockey sur glace".
                if let s = c.complement(at: j), s == j + 1, c.is(s, in: w.sport) {
                    j = sportQualifierEnd(from: j + 2, c)
                }
            }
            // What the body is for: "Organisation internationale pour les migrations", "Ligue
            // pour la protection des oiseaux", "Institut de recherche en astrophysique".
            if c.is(i, in: w.continuationHead),
                var end = continuation(from: j, afterComplementNoun: afterComplementNoun, c)
            {
                // "… de l'égalité des chances et la lutte contre le racisme".
                if let more = continuation(from: end, afterComplementNoun: true, c) { end = more }
                // A name already whole before it, one the lexicon knows beyond its head ("Union
                // européenne pour la libération des otages"; not "Centre", a region) or one a
                // lower-case complement closes ("Office de tourisme en été", "Office national des
                // forêts pour la gestion du site"), goes on only when an acronym in brackets
                // confirms the longer name ("Institut de recherche en astrophysique et
                // planétologie (IRAP)").
                let isWhole =
                    afterComplementNoun || (j > i + 1 && c.isKnown(i..<j, as: .organisation, .place))
                if !isWhole || isBracketedAcronym(at: end, c) { j = end }
            }
            guard j > i + 1 else { continue }
            // A body named after its site, where one is ("à l'Observatoire de La Silla, au Chili"),
            // is the place; elsewhere it acts ("selon l'Observatoire du patrimoine religieux"),
            // and so does one named by its purpose ("économiste à l'Observatoire français des
            // conjonctures économiques").
            let atSite =
                c.is(i, in: w.siteInstitutionHead) && c.is(i - 1, in: w.actorArticle)
                && c.is(i - 2, in: w.sitePreposition) && c.complement(at: i + 1).map { c.isCap($0) } == true
            out.append(TokenName(i..<j, c.isKnown(i..<j, as: .place) || atSite ? .location : .organization))
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

    /// The end of a sport's qualifier at `start` ("sur glace" of "hockey sur glace"), or `start`.
    private func sportQualifierEnd(from start: Int, _ c: EntityRuleContext) -> Int {
        let w = c.words
        guard c.is(start, in: w.sportQualifier), c.is(start + 1, in: w.sportQualifier),
            c.isLowercaseWord(start + 1)
        else { return start }
        return start + 2
    }

    /// Whether token `k` may be the lower-case noun of a complement: a word on the name's line
    /// that is no joining word, breaker or determiner.
    private func isLowercaseNoun(_ k: Int, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        return c.isLowercaseWord(k) && !c.is(k, in: w.joiner) && !c.is(k, in: w.breaker)
            && !c.is(k, in: w.determiner) && c.continuesLine(k)
    }

    /// Whether token `k` may be the noun of what a body is for: a ``isLowercaseNoun(_:_:)``
    /// that is no verb, ordinal ("pour la première fois") or adverbial noun ("pour l'heure").
    private func isComplementNoun(_ k: Int, _ c: EntityRuleContext) -> Bool {
        let w = c.words
        return isLowercaseNoun(k, c) && !c.is(k, in: w.finiteVerb) && !c.is(k, in: w.actingVerb)
            && !c.is(k, in: w.eventOrdinal) && !c.is(k, in: w.purposeAdverbialNoun)
    }

    /// Whether an acronym in brackets starts at token `k`: "(", one capitalised word or word in
    /// capitals, ")" ("(OIM)", "(Inrae)").
    private func isBracketedAcronym(at k: Int, _ c: EntityRuleContext) -> Bool {
        c.norm(k) == "(" && c.norm(k + 2) == ")" && c.tokens.indices.contains(k + 1)
            && c.tokens[k + 1].kind == .word && (c.isAllCaps(k + 1) || c.isCap(k + 1))
    }

    /// The end of what an institution is for, at `start` right after its head, adjectives or
    /// complements: a ``EntityRuleWords/purposePreposition`` ("pour"), an article and a
    /// lower-case noun phrase, or, right after the lower-case noun of a complement
    /// (`afterComplementNoun`), a
    /// ``EntityRuleWords/complementContinuationPreposition`` ("à", "sur", "en", "contre") and such
    /// a phrase with or without article ("de soutien à l'islam", "de recherche en
    /// astrophysique"). Noun phrases may be coordinated ("pour l'agriculture, l'alimentation et
    /// l'environnement"; a list closes with "et"), and the place served may close the name
    /// ("… coopération en Europe"). Nil when none.
    private func continuation(from start: Int, afterComplementNoun: Bool, _ c: EntityRuleContext) -> Int? {
        let w = c.words
        let needsArticle: Bool
        if c.is(start, in: w.purposePreposition), c.isLowercaseWord(start) {
            needsArticle = true
        } else if afterComplementNoun, c.is(start, in: w.complementContinuationPreposition),
            c.isLowercaseWord(start)
        {
            needsArticle = false
        } else {
            return nil
        }
        // One noun phrase at `k`: an optional article (required when `article`), a noun, its
        // adjectives and its "de" complements.
        func phrase(at k: Int, article: Bool) -> Int? {
            var k = k
            if c.is(k, in: w.purposeArticle) || (!article && c.is(k, in: w.complementArticle)) {
                k += 1
            } else if article {
                return nil
            }
            guard c.continuesLine(k), isComplementNoun(k, c), c.tokens[k].kind == .word else { return nil }
            let noun = k
            k += 1
            while k - noun <= 2, isAdjective(k, after: noun, c) { k += 1 }
            return lowercaseComplements(from: k, c) ?? k
        }
        guard var end = phrase(at: start + 1, article: needsArticle) else { return nil }
        // Coordinated phrases: "et" closes a list that commas opened.
        var closed = end
        var k = end
        while c.is(k, in: w.coordination) || c.is(k, in: w.midSentencePunctuation) {
            let isComma = c.is(k, in: w.midSentencePunctuation)
            guard let next = phrase(at: k + 1, article: needsArticle || isComma) else { break }
            if !isComma { closed = next }
            k = next
        }
        end = closed
        // The place it serves: "en Europe".
        if c.is(end, in: w.seatPreposition), c.isLowercaseWord(end), c.isCap(end + 1),
            c.continuesLine(end + 1), c.single(end + 1, .place)
        {
            end += 2
        }
        return end
    }

    /// The end of lower-case complements at `start`: a preposition, a lower-case noun and at most
    /// one adjective after it, then "et" and another such complement ("de l'informatique et des
    /// libertés", "des industries pétrolières"); nil when there is none.
    private func lowercaseComplements(from start: Int, _ c: EntityRuleContext) -> Int? {
        let w = c.words
        var end: Int? = nil
        var j = start
        while true {
            var k = j
            if end != nil, c.is(k, in: w.coordination) { k += 1 }
            guard let noun = c.complement(at: k), isLowercaseNoun(noun, c) else { break }
            k = noun + 1
            if isAdjective(k, after: noun, c) { k += 1 }
            end = k
            j = k
        }
        return end
    }
}
