import Foundation

/// Everything Parole knows about one language, behind one seam: tokenizer rules,
/// speech verbs and word lists, and the entity recogniser. French is the first; English
/// can follow by providing another value.
public struct Language: Sendable {
    /// The language's code ("fr").
    public let code: String
    /// The tokenizer for the language.
    public let tokenizer: Tokenizer
    /// The entity recogniser for the language.
    public let recognizer: any EntityRecognizer
    /// Every form of the language's speech verbs.
    public let speech: SpeechLexicon
    /// Small word lists: auxiliaries, adverbs, determiners, pronouns, role nouns.
    public let words: WordLists
    /// The usual gender of first names, for resolving pronouns.
    public let firstNames: FirstNames
    /// Multi-word patterns of reported speech ("de l'avis de", "à ses yeux", "pour qui").
    public var quoteGrammar: QuoteGrammar = .french {
        didSet { tokenRoles = TokenRoleTable(grammar: quoteGrammar, words: words, speech: speech) }
    }
    /// The roles of the words the quote finder asks about, from `quoteGrammar`, `words` and `speech`.
    private(set) var tokenRoles: TokenRoleTable
    /// Learned weights for choosing the speaker of a quote that does not name it.
    public var speakerRanker: SpeakerRanker = .french
    /// Learned weights for telling words someone said in quotation marks from a term or a title.
    public var quoteSpanScorer: QuoteSpanScorer = .french
    /// Words the speaker ranker and the actor index read (agent of a passive, plural determiners).
    public var speakerWords: SpeakerWords = .french

    /// Creates a language from its parts.
    public init(
        code: String, tokenizer: Tokenizer, recognizer: any EntityRecognizer, speech: SpeechLexicon,
        words: WordLists, firstNames: FirstNames
    ) {
        self.code = code
        self.tokenizer = tokenizer
        self.recognizer = recognizer
        self.speech = speech
        self.words = words
        self.firstNames = firstNames
        tokenRoles = TokenRoleTable(grammar: .french, words: words, speech: speech)
    }

    /// French, loaded once from the package's resources (the word lists of `speech-words.txt`
    /// are read once, shared with the gender lexicon through `SpeakerKind.frenchWords`).
    public static let french = Language(
        code: "fr", tokenizer: Tokenizer(rules: .french), recognizer: ModelEntityRecognizer(),
        speech: .french,
        words: SpeakerKind.frenchWords, firstNames: .french)
}
