/// The language-specific facts the ``Tokenizer`` needs.
public struct TokenizerRules: Sendable {
    /// Lower-case words that elide before a vowel and take an apostrophe ("l", "qu", "jusqu").
    public var elisions: Set<String>
    /// Lower-case pronouns that attach with a hyphen after an inverted verb ("il", "elle", "on").
    public var cliticPronouns: Set<String>
    /// Lower-case abbreviations that take a period which does not end a sentence ("m", "mme", "dr").
    public var abbreviations: Set<String>
    /// Lower-case words that, capitalised after a run of initials ("av. J.-C. Le site", "l'U.E.
    /// Selon lui"), start a new sentence: determiners, pronouns, prepositions, adverbs, weekdays.
    public var sentenceOpeners: Set<String>
    /// The sentence openers that also open a name before another capitalised word ("J.-M. Le
    /// Pen", "J. La Fontaine"): there they continue the initials' name.
    public var nameDeterminers: Set<String>

    /// Creates tokenizer rules.
    public init(
        elisions: Set<String>, cliticPronouns: Set<String>, abbreviations: Set<String>,
        sentenceOpeners: Set<String> = [], nameDeterminers: Set<String> = []
    ) {
        self.elisions = elisions
        self.cliticPronouns = cliticPronouns
        self.abbreviations = abbreviations
        self.sentenceOpeners = sentenceOpeners
        self.nameDeterminers = nameDeterminers
    }

    /// The sections every tokenizer file must have (each may be empty).
    public static let requiredSections = [
        "elisions", "clitic-pronouns", "abbreviations", "sentence-openers", "subject-pronouns",
        "name-determiners",
    ]

    /// The rules in the text of a `tokenizer.txt` file: its words, lower case, by section. The
    /// subject pronouns join the sentence openers (after initials, "Il" starts a sentence as "Le"
    /// does). A line before any section or a missing section is an error naming the file.
    public init(parsing text: String, name: String = "tokenizer.txt") throws {
        let parsed = ResourceText.sections(text, name: name, required: Self.requiredSections)
        if let problem = parsed.problem { throw ResourceFormatError(description: problem) }
        func words(_ section: String) -> Set<String> {
            Set((parsed.sections[section] ?? []).joined().map { $0.lowercased() })
        }
        self.init(
            elisions: words("elisions"), cliticPronouns: words("clitic-pronouns"),
            abbreviations: words("abbreviations"),
            sentenceOpeners: words("sentence-openers").union(words("subject-pronouns")),
            nameDeterminers: words("name-determiners"))
    }

    /// The rules for French, from the package's `tokenizer.txt`; a missing or malformed file stops
    /// the program with its message.
    public static let french: TokenizerRules = {
        do {
            return try TokenizerRules(parsing: ResourceFile.text("tokenizer.txt"))
        } catch {
            ResourceFile.unusable(error)
        }
    }()
}
