/// The State and local authorities named by a capitalised common noun are institutions that
/// act, which the guidelines type ORG. "État" only as the subject of a clause: "L'État sera
/// aux côtés des agriculteurs", "il réclame que l'État entre au capital", not "chef de l'État",
/// "coup d'État" or "dans l'État du New Jersey": the clause opens before the article (the
/// sentence's opening, or `clauseOpener`: "que"; `actingStateNoun`, `actorArticle`). A local
/// authority capitalised alone after an article is its council wherever it stands: "la Région
/// affirme", "le centre aquatique de l'Agglomération" (`localAuthorityNoun`; the model's
/// place is retyped), and so is an institution named by its kind alone ("selon la Cour", "la
/// Commission a tranché"; `actingInstitutionNoun`). Either needs a lower-case word after the noun that is neither a
/// complement nor an adjective ("l'État de New York", "l'État islamique", "la Région
/// wallonne") but a verb (`actingVerb` or a `finiteVerbEnding`: not "l'État hébreu"), or, for
/// an authority, punctuation. "de l'État" after a word of a territory, one or two words before
/// the preposition, is a federated state, not the institution: "le gouverneur de l'État,",
/// "le procureur général de l'État,", "la capitale de l'État," (`stateTerritoryWord`). It runs last, after the article-wide vote,
/// so no other mention follows it.
struct ActingStateRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var owner = [Int](repeating: -1, count: c.tokens.count)
        for (k, n) in names.enumerated() { for i in n.range { owner[i] = k } }
        var names = names
        var extra: [TokenName] = []
        let federated = speaksOfFederatedStates(c)
        for i in c.tokens.indices.dropFirst() where c.isCap(i) && !c.isAllCaps(i) {
            let isState = c.is(i, in: c.words.actingStateNoun)
            let isAuthority =
                c.is(i, in: c.words.localAuthorityNoun) || c.is(i, in: c.words.actingInstitutionNoun)
            guard isState || isAuthority, c.is(i - 1, in: c.words.actorArticle) else { continue }
            let next = i + 1
            // "de l'État", "par l'État": the institution acted for, by or with, when a
            // punctuation mark, a coordination or a verb follows and no role comes before; not
            // an opening quotation mark, which opens a qualifier ("l'État « moderne »").
            let actedUpon =
                isState && c.is(i - 2, in: c.words.statePreposition) && c.isLowercaseWord(i - 2)
                && !c.is(i - 3, in: c.words.stateRoleNoun) && !c.single(i - 3, .title)
                && !c.is(i - 3, in: c.words.stateTerritoryWord)
                && !(c.isLowercaseWord(i - 3) && c.is(i - 4, in: c.words.stateTerritoryWord))
                && (next >= c.tokens.count || !c.continuesLine(next)
                    || (!c.tokens[next].isWordLike && c.tokens[next].kind != .openQuote)
                    || c.is(next, in: c.words.coordination))
            let inClause = c.isSentenceInitial(i - 1) || c.is(i - 2, in: c.words.clauseOpener)
            let actsAnywhere = isState && !federated && actsInSentence(at: i, c)
            if isState && !inClause && !actedUpon && !actsAnywhere {
                continue
            }
            let verbLike =
                (c.isLowercaseWord(next) || c.isLowercaseElision(next)) && c.continuesLine(next)
                && !c.is(next, in: c.words.joiner)
                && !c.is(next, in: c.words.complementPreposition)
                && !isInstitutionAdjective(next, c)
                && (c.is(next, in: c.words.actingVerb) || hasFiniteVerbEnding(next, c))
            let ends = next >= c.tokens.count || !c.continuesLine(next) || !c.tokens[next].isWordLike
            guard verbLike || (isAuthority && ends) || actedUpon || actsAnywhere else { continue }
            if owner[i] < 0 {
                extra.append(TokenName(i..<i + 1, .organization, isCertain: true))
            } else if names[owner[i]].range == i..<i + 1 {
                names[owner[i]].type = .organization
                names[owner[i]].isCertain = true
            }
        }
        return extra.isEmpty ? names : c.merge(names, with: extra, replacing: false)
    }

    /// Whether the article names a state of a federation or a nation's state: "État" after an
    /// article with a capitalised complement or an adjective of origin ("l'État de Floride",
    /// "dans l'État du Vermont", "un État américain"), where "l'État" alone is that territory as
    /// often as the institution; not after "de" ("le Conseil d'État", "secrétaire d'État").
    private func speaksOfFederatedStates(_ c: EntityRuleContext) -> Bool {
        c.tokens.indices.contains { j in
            guard c.isCap(j), c.is(j, in: c.words.actingStateNoun),
                !c.is(j - 1, in: c.words.complementPreposition),
                c.continuesLine(j + 1)
            else { return false }
            if c.is(j + 1, in: c.words.complementPreposition) { return c.isCap(j + 2) }
            return c.isLowercaseWord(j + 1) && isInstitutionAdjective(j + 1, c)
        }
    }

    /// Whether "l'État" at `i`, anywhere in a sentence, is the institution: its object or its
    /// subject, before an open quotation mark, a punctuation mark, a coordination, a preposition
    /// or a verb ("a appelé l'État à …", "que l'État « prenne … »", "lancé par l'État en 2023",
    /// "les services de l'État redoutent", "Huîtres : l'État promet"), not after a role or a
    /// word of a territory ("le représentant de l'État", "la capitale de l'État"), nor in a place
    /// (`stateLocativePreposition`: "dans l'État,"), nor before a complement ("l'État de droit",
    /// "l'État du Vermont", but "demandé à l'État de « prendre… »"), an adjective or a noun
    /// ("l'État hébreu", "l'État membre").
    private func actsInSentence(at i: Int, _ c: EntityRuleContext) -> Bool {
        guard c.isLowercaseElision(i - 1) || c.isLowercaseWord(i - 1) else { return false }
        // What comes before the article: a preposition, a clause's opening, a comma or a colon,
        // or a verb whose object is an actor ("a appelé l'État à"; not "a remporté l'État avec
        // 49 % des voix", the territory).
        guard
            c.is(i - 2, in: c.words.statePreposition) || c.is(i - 2, in: c.words.clauseOpener)
                || c.is(i - 2, in: c.words.subjectPunctuation)
                || c.is(i - 2, in: c.words.governmentObjectVerb)
        else { return false }
        if c.is(i - 2, in: c.words.stateLocativePreposition) || c.single(i - 3, .title)
            || c.is(i - 3, in: c.words.stateRoleNoun) || c.is(i - 3, in: c.words.stateTerritoryWord)
            || (c.isLowercaseWord(i - 3) && c.is(i - 4, in: c.words.stateTerritoryWord))
            || c.is(i - 2, in: c.words.stateRoleNoun)
        {
            return false
        }
        let next = i + 1
        guard next < c.tokens.count, c.continuesLine(next) else { return true }
        // A quotation mark after it opens the clause the State is the subject of ("que l'État
        // « prenne ses responsabilités »") or a complement ("l'intervention de l'État « dans la
        // gestion »"), not a qualifier ("les origines de l'État « moderne »").
        if c.tokens[next].kind == .openQuote {
            return c.is(i - 2, in: c.words.clauseOpener) || c.is(next + 1, in: c.words.breaker)
        }
        if !c.tokens[next].isWordLike { return true }
        if c.is(next, in: c.words.complementPreposition) {
            return next + 1 < c.tokens.count && c.tokens[next + 1].kind == .openQuote
        }
        if c.is(next, in: c.words.coordination) || c.is(next, in: c.words.breaker) { return true }
        return (c.isLowercaseWord(next) || c.isLowercaseElision(next))
            && !isInstitutionAdjective(next, c)
            && (c.is(next, in: c.words.actingVerb) || c.is(next, in: c.words.finiteVerb)
                || hasFiniteVerbEnding(next, c))
    }

    /// Whether token `k` is an adjective of a body or of origin, listed (`institutionAdjective`)
    /// or by its ending (`institutionAdjectiveEnding`: "américain", "hébreu").
    private func isInstitutionAdjective(_ k: Int, _ c: EntityRuleContext) -> Bool {
        c.is(k, in: c.words.institutionAdjective)
            || c.words.institutionAdjectiveEnding.contains { c.norm(k).hasSuffix($0) }
    }

    /// Whether token `k` ends as a finite verb does (`finiteVerbEnding`).
    private func hasFiniteVerbEnding(_ k: Int, _ c: EntityRuleContext) -> Bool {
        c.words.finiteVerbEnding.contains { c.norm(k).hasSuffix($0) }
    }
}
