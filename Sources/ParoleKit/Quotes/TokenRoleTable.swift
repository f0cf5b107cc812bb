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
    ///
    /// Each word of each set is hashed once, into its entry (a French word is hashed through
    /// Unicode normalization: testing every word against every set cost 2 ms at start-up).
    init(grammar: QuoteGrammar, words: WordLists, speech: SpeechLexicon) {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(speech.forms.count + speech.verbs.count + 512)
        for norm in grammar.reflexivePronouns {
            entries[norm, default: Entry()].roles.insert(.reflexivePronoun)
        }
        for norm in words.words("determiners") { entries[norm, default: Entry()].roles.insert(.determiner) }
        for norm in words.words("adverbs") { entries[norm, default: Entry()].roles.insert(.adverb) }
        for norm in words.words("auxiliaries") {
            entries[norm, default: Entry()].wordRoles.formUnion([.auxiliary, .cueHead])
        }
        for norm in grammar.multiWordVerbStarts { entries[norm, default: Entry()].wordRoles.insert(.cueHead) }
        for norm in speech.forms.keys { entries[norm, default: Entry()].wordRoles.insert(.cueHead) }
        // Infinitives after a lead ("avant de préciser que") start a cue too.
        for norm in speech.verbs.keys where !norm.contains(" ") {
            entries[norm, default: Entry()].wordRoles.insert(.cueHead)
        }
        for (norm, number) in grammar.openerWords { entries[norm, default: Entry()].openerWord = number }
        self.entries = entries
        lookup = NormTable(entries)
    }
}
