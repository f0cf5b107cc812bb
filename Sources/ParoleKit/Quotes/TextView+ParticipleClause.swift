/// The absolute participle clause: a phrase and a present participle after it, with no finite
/// verb ("…, a expliqué le porte-parole de la préfecture, la SNCF n'ayant pas souhaité
/// s'exprimer"). Its phrase is the participle's subject, set in a clause of its own: no
/// apposition to the phrase before the comma, and no speaker of the words the sentence reports.
extension TextView {
    /// Whether the words from token `k` carry on the phrase that ends before `k` as the subject of
    /// a present participle: clitics of `[object-clitics]` (the negation "ne", "s'", "l'") may
    /// stand first, then a lower-case word with a present participle's ending
    /// (`[present-participle-endings]`: "ayant", "étant", "restant") that is no adverb, noun
    /// phrase stop nor role noun ("cependant", "représentant").
    func opensParticipleClause(at k: Int) -> Bool {
        var j = k
        let end = min(doc.tokens.count, k + Self.participleCliticReach + 1)
        while j < end, doc.tokens[j].kind == .word || doc.tokens[j].kind == .elision,
            grammar.contains(.objectClitics, doc.tokens[j].norm)
        {
            j += 1
        }
        return j < doc.tokens.count && entity(at: j) == nil && hasPresentParticipleForm(j) && !isRoleNoun(j)
    }

    /// Whether token `k` has a present participle's form: a lower-case word of more than four
    /// letters with an ending of `[present-participle-endings]`, no adverb nor noun phrase stop.
    func hasPresentParticipleForm(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, !t.isCapitalized, t.norm.count > 4, !adverbs.contains(t.norm),
            !npStops.contains(t.norm)
        else { return false }
        return grammar.words(.presentParticipleEndings).contains { t.norm.hasSuffix($0) }
    }

    /// How many clitics may stand between a participle's subject and the participle ("ne s'").
    private static let participleCliticReach = 2
}
