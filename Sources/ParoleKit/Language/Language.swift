/// Everything Parole knows about one language, behind one seam: tokenizer rules,
/// lexicons and the entity recogniser. French is the first; English can follow by
/// providing another value.
public struct Language: Sendable {
    /// The language's code ("fr").
    public let code: String
    /// The tokenizer for the language.
    public let tokenizer: Tokenizer
    /// The entity recogniser for the language.
    public let recognizer: any EntityRecognizer

    /// Creates a language from its parts.
    public init(code: String, tokenizer: Tokenizer, recognizer: any EntityRecognizer) {
        self.code = code
        self.tokenizer = tokenizer
        self.recognizer = recognizer
    }

    /// French, loaded once from the package's resources.
    public static let french = Language(
        code: "fr", tokenizer: Tokenizer(rules: .french), recognizer: ModelEntityRecognizer())
}

/// A recogniser that finds nothing; a placeholder until a real one is wired in.
struct NoEntityRecognizer: EntityRecognizer {
    func entities(in document: Document) -> [Entity] { [] }
}
