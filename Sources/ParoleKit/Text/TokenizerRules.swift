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
    /// Marks that always open a quotation ("«", "“"); beyond ASCII: the straight `"` opens or
    /// closes by its neighbours whatever the language.
    public var openingQuotes: Set<Unicode.Scalar>
    /// Marks that always close a quotation ("»", "”"); beyond ASCII.
    public var closingQuotes: Set<Unicode.Scalar>
    /// Lower-case letters written between hyphens before an inverted pronoun ("t" of "a-t-il").
    public var euphonicLetters: Set<Unicode.Scalar>
    /// Dashes that open a sentence after a terminal mark (a line of dialogue: "– Pourquoi ?").
    public var sentenceDashes: Set<Unicode.Scalar>
    /// The styles of quotation marks the quote pairer matches, beyond the straight `"` (which
    /// pairs by its neighbours whatever the language): « », “ ” and „ “, ‘ ’, ‹ ›.
    public var quoteStyles: [QuoteStyle]
    /// The marks a quote's own words are printed between for a reader ("«" and "»", with the
    /// language's spacing inside them: "« " and " »").
    public var displayQuotes: (open: String, close: String)

    /// Creates tokenizer rules. Without quotation marks no token is an opening or closing quote
    /// but the straight `"`.
    public init(
        elisions: Set<String>, cliticPronouns: Set<String>, abbreviations: Set<String>,
        sentenceOpeners: Set<String> = [], nameDeterminers: Set<String> = [],
        openingQuotes: Set<Unicode.Scalar> = [], closingQuotes: Set<Unicode.Scalar> = [],
        euphonicLetters: Set<Unicode.Scalar> = [], sentenceDashes: Set<Unicode.Scalar> = [],
        quoteStyles: [QuoteStyle] = [], displayQuotes: (open: String, close: String) = ("\"", "\"")
    ) {
        self.elisions = elisions
        self.cliticPronouns = cliticPronouns
        self.abbreviations = abbreviations
        self.sentenceOpeners = sentenceOpeners
        self.nameDeterminers = nameDeterminers
        self.openingQuotes = openingQuotes
        self.closingQuotes = closingQuotes
        self.euphonicLetters = euphonicLetters
        self.sentenceDashes = sentenceDashes
        self.quoteStyles = quoteStyles
        self.displayQuotes = displayQuotes
    }

    /// The sections every tokenizer file must have (each may be empty).
    public static let requiredSections = [
        "elisions", "clitic-pronouns", "abbreviations", "sentence-openers", "subject-pronouns",
        "name-determiners", "opening-quotes", "closing-quotes", "euphonic-letters", "sentence-dashes",
        "quote-pairs", "display-quotes",
    ]

    /// The rules in the text of a `tokenizer.txt` file: its words, lower case, by section. The
    /// subject pronouns join the sentence openers (after initials, "Il" starts a sentence as "Le"
    /// does). The marks and letters are one character each, kept as written. A line before any
    /// section, a missing section or a mark of several characters is an error naming the file.
    public init(parsing text: String, name: String = "tokenizer.txt") throws {
        let parsed = ResourceText.sections(text, name: name, required: Self.requiredSections)
        if let problem = parsed.problem { throw ResourceFormatError(description: problem) }
        func words(_ section: String) -> Set<String> {
            Set((parsed.sections[section] ?? []).joined().map { $0.lowercased() })
        }
        func marks(_ section: String) throws -> Set<Unicode.Scalar> {
            var marks: Set<Unicode.Scalar> = []
            for mark in (parsed.sections[section] ?? []).joined() {
                guard mark.unicodeScalars.count == 1, let scalar = mark.unicodeScalars.first else {
                    throw ResourceFormatError(
                        description: "\(name): [\(section)] holds \"\(mark)\", not one character")
                }
                marks.insert(scalar)
            }
            return marks
        }
        self.init(
            elisions: words("elisions"), cliticPronouns: words("clitic-pronouns"),
            abbreviations: words("abbreviations"),
            sentenceOpeners: words("sentence-openers").union(words("subject-pronouns")),
            nameDeterminers: words("name-determiners"), openingQuotes: try marks("opening-quotes"),
            closingQuotes: try marks("closing-quotes"), euphonicLetters: try marks("euphonic-letters"),
            sentenceDashes: try marks("sentence-dashes"),
            quoteStyles: try QuoteStyle.styles(parsed.sections["quote-pairs"] ?? [], name: name),
            displayQuotes: try Self.displayQuotes(parsed.sections["display-quotes"] ?? [], name: name))
    }

    /// The opening and closing marks of a `[display-quotes]` section: one line of two marks, each
    /// written with the spacing it takes, a "_" standing for a space ("«_" and "_»"). Anything else
    /// is an error naming the file.
    private static func displayQuotes(_ lines: [[String]], name: String) throws -> (
        open: String, close: String
    ) {
        guard lines.count == 1, lines[0].count == 2 else {
            throw ResourceFormatError(
                description: "\(name): [display-quotes] must hold one line of two marks")
        }
        func spaced(_ mark: String) -> String { String(mark.map { $0 == "_" ? " " : $0 }) }
        return (spaced(lines[0][0]), spaced(lines[0][1]))
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
