/// The language-specific facts the ``Tokenizer`` needs.
public struct TokenizerRules: Sendable {
    /// Lower-case words that elide before a vowel and take an apostrophe ("l", "qu", "jusqu").
    public var elisions: Set<String>
    /// Lower-case pronouns that attach with a hyphen after an inverted verb ("il", "elle", "on").
    public var cliticPronouns: Set<String>
    /// Lower-case abbreviations that take a period which does not end a sentence ("m", "mme", "dr").
    public var abbreviations: Set<String>

    /// Creates tokenizer rules.
    public init(elisions: Set<String>, cliticPronouns: Set<String>, abbreviations: Set<String>) {
        self.elisions = elisions
        self.cliticPronouns = cliticPronouns
        self.abbreviations = abbreviations
    }

    /// The rules for French.
    public static let french = TokenizerRules(
        elisions: [
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
        ],
        cliticPronouns: ["il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce"],
        abbreviations: [
            "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "gal", "gén",
            "av", "bd", "cf", "env", "p", "vol", "no", "n°", "art", "dép", "min", "max", "ex", "cie",
        ]
    )
}
