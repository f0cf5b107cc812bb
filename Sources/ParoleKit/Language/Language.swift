import Foundation

/// Everything Parole knows about one language, behind one seam: tokenizer rules,
/// speech verbs and word lists, and the entity recogniser. French is the first; English
/// can follow by providing another value.
///
/// The parts live in one shared box, copied only when a part is replaced (copy on write): the
/// analysis keeps a language in every view of a document (`TextView`, the speaker resolver),
/// and copying the parts themselves — a few hundred word sets and tables — retained each of them
/// at every copy.
public struct Language: Sendable {
    /// The parts of a language, shared by its copies until one of them replaces a part.
    private final class Parts: @unchecked Sendable {
        let code: String
        let tokenizer: Tokenizer
        let recognizer: any EntityRecognizer
        let speech: SpeechLexicon
        let words: WordLists
        let firstNames: FirstNames
        var quoteGrammar: QuoteGrammar
        var tokenRoles: TokenRoleTable
        var speakerRanker: SpeakerRanker
        var quoteSpanScorer: QuoteSpanScorer
        var speakerWords: SpeakerWords

        init(
            code: String, tokenizer: Tokenizer, recognizer: any EntityRecognizer, speech: SpeechLexicon,
            words: WordLists, firstNames: FirstNames, quoteGrammar: QuoteGrammar, tokenRoles: TokenRoleTable,
            speakerRanker: SpeakerRanker, quoteSpanScorer: QuoteSpanScorer, speakerWords: SpeakerWords
        ) {
            self.code = code
            self.tokenizer = tokenizer
            self.recognizer = recognizer
            self.speech = speech
            self.words = words
            self.firstNames = firstNames
            self.quoteGrammar = quoteGrammar
            self.tokenRoles = tokenRoles
            self.speakerRanker = speakerRanker
            self.quoteSpanScorer = quoteSpanScorer
            self.speakerWords = speakerWords
        }

        /// A box of its own with the same parts.
        func copy() -> Parts {
            Parts(
                code: code, tokenizer: tokenizer, recognizer: recognizer, speech: speech, words: words,
                firstNames: firstNames, quoteGrammar: quoteGrammar, tokenRoles: tokenRoles,
                speakerRanker: speakerRanker, quoteSpanScorer: quoteSpanScorer, speakerWords: speakerWords)
        }
    }

    private var parts: Parts

    /// The parts, in a box this value alone holds (copied first when it is shared).
    private mutating func uniqueParts() -> Parts {
        if !isKnownUniquelyReferenced(&parts) { parts = parts.copy() }
        return parts
    }

    /// The language's code ("fr").
    public var code: String { parts.code }
    /// The tokenizer for the language.
    public var tokenizer: Tokenizer { parts.tokenizer }
    /// The entity recogniser for the language.
    public var recognizer: any EntityRecognizer { parts.recognizer }
    /// Every form of the language's speech verbs.
    public var speech: SpeechLexicon { parts.speech }
    /// Small word lists: auxiliaries, adverbs, determiners, pronouns, role nouns.
    public var words: WordLists { parts.words }
    /// The usual gender of first names, for resolving pronouns.
    public var firstNames: FirstNames { parts.firstNames }
    /// Multi-word patterns of reported speech ("de l'avis de", "à ses yeux", "pour qui").
    public var quoteGrammar: QuoteGrammar {
        get { parts.quoteGrammar }
        set {
            let parts = uniqueParts()
            parts.quoteGrammar = newValue
            parts.tokenRoles = TokenRoleTable(grammar: newValue, words: parts.words, speech: parts.speech)
        }
    }
    /// The roles of the words the quote finder asks about, from `quoteGrammar`, `words` and `speech`.
    var tokenRoles: TokenRoleTable { parts.tokenRoles }
    /// Learned weights for choosing the speaker of a quote that does not name it.
    public var speakerRanker: SpeakerRanker {
        get { parts.speakerRanker }
        set { uniqueParts().speakerRanker = newValue }
    }
    /// Learned weights for telling words someone said in quotation marks from a term or a title.
    public var quoteSpanScorer: QuoteSpanScorer {
        get { parts.quoteSpanScorer }
        set { uniqueParts().quoteSpanScorer = newValue }
    }
    /// Words the speaker ranker and the actor index read (agent of a passive, plural determiners).
    public var speakerWords: SpeakerWords {
        get { parts.speakerWords }
        set { uniqueParts().speakerWords = newValue }
    }

    /// Creates a language from its parts.
    public init(
        code: String, tokenizer: Tokenizer, recognizer: any EntityRecognizer, speech: SpeechLexicon,
        words: WordLists, firstNames: FirstNames
    ) {
        parts = Parts(
            code: code, tokenizer: tokenizer, recognizer: recognizer, speech: speech, words: words,
            firstNames: firstNames, quoteGrammar: .french,
            tokenRoles: TokenRoleTable(grammar: .french, words: words, speech: speech),
            speakerRanker: .french, quoteSpanScorer: .french, speakerWords: .french)
    }

    /// French, loaded once from the package's resources (the word lists of `speech-words.txt`
    /// are read once, shared with the gender lexicon through `SpeakerKind.frenchWords`).
    public static let french = Language(
        code: "fr", tokenizer: Tokenizer(rules: .french), recognizer: ModelEntityRecognizer(),
        speech: .french,
        words: SpeakerKind.frenchWords, firstNames: .french)
}
