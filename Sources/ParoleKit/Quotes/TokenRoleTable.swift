/// What each word the quote finder asks about is (`TokenRole`) and its number among the
/// grammar's opener words, gathered once per language so that a text's tokens need one
/// look-up each. A word absent from the table has no role and no opener number.
final class TokenRoleTable: Sendable {
    /// What one word is.
    struct Entry: Sendable {
        /// Its roles whatever the token's kind.
        var roles: TokenRole = []
        /// Its roles when the token is a word.
        var wordRoles: TokenRole = []
        /// Its index in the grammar's `openerWords`, or -1.
        var openerWord: Int32 = -1
    }

    /// The words that have a role or an opener number.
    let entries: [String: Entry]
    /// `entries` for looking a token's norm up (the same answers, mostly found on bytes).
    let lookup: NormTable<Entry>

    /// Gathers the words of the grammar's, the word lists' and the speech lexicon's sets.
    init(grammar: QuoteGrammar, words: WordLists, speech: SpeechLexicon) {
        let auxiliaries = words.words("auxiliaries")
        let adverbs = words.words("adverbs")
        let determiners = words.words("determiners")
        var candidates = Set(grammar.openerWords.keys)
        candidates.formUnion(grammar.reflexivePronouns)
        candidates.formUnion(grammar.multiWordVerbStarts)
        candidates.formUnion(auxiliaries)
        candidates.formUnion(adverbs)
        candidates.formUnion(determiners)
        candidates.formUnion(speech.forms.keys)
        // Infinitives after a lead ("avant de préciser que") start a cue too.
        let infinitives = Set(speech.verbs.keys.filter { !$0.contains(" ") })
        candidates.formUnion(infinitives)
        var entries: [String: Entry] = [:]
        for norm in candidates {
            var entry = Entry()
            if grammar.reflexivePronouns.contains(norm) { entry.roles.insert(.reflexivePronoun) }
            if determiners.contains(norm) { entry.roles.insert(.determiner) }
            if adverbs.contains(norm) { entry.roles.insert(.adverb) }
            if auxiliaries.contains(norm) { entry.wordRoles.insert(.auxiliary) }
            if auxiliaries.contains(norm) || grammar.multiWordVerbStarts.contains(norm)
                || speech.lookup(norm) != nil || infinitives.contains(norm)
            {
                entry.wordRoles.insert(.cueHead)
            }
            entry.openerWord = grammar.openerWords[norm] ?? -1
            entries[norm] = entry
        }
        self.entries = entries
        lookup = NormTable(entries)
    }
}
