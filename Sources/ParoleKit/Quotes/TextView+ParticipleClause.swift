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
        guard j < doc.tokens.count, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized,
            entity(at: j) == nil
        else { return false }
        let w = doc.tokens[j].norm
        guard w.count > 4, !adverbs.contains(w), !npStops.contains(w), !isRoleNoun(j) else { return false }
        return grammar.words(.presentParticipleEndings).contains { w.hasSuffix($0) }
    }

    /// How many clitics may stand between a participle's subject and the participle ("ne s'").
    private static let participleCliticReach = 2
}
