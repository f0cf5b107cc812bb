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

    /// The rules for French.
    public static let french = TokenizerRules(
        elisions: [
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
        ],
        cliticPronouns: ["il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce"],
        abbreviations: [
            "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "gal", "gén",
            "av", "bd", "cf", "env", "p", "vol", "no", "n°", "art", "dép", "min", "max", "ex", "cie",
        ],
        sentenceOpeners: [
            "le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
            "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "aucun", "aucune", "chaque",
            "tout", "tous", "toute", "toutes", "plusieurs", "certains", "certaines", "cela", "ceci", "ça",
            "celui", "celle", "ceux", "celles", "qui", "que", "quand", "si", "mais", "et", "or", "donc",
            "car",
            "selon", "pour", "par", "avec", "sans", "dans", "en", "sur", "sous", "après", "avant", "depuis",
            "pendant", "lors", "dès", "entre", "contre", "chez", "vers", "malgré", "face", "outre", "au",
            "aux",
            "à", "de", "d", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "hier", "aujourd'hui", "demain", "puis", "ensuite", "enfin", "alors", "ainsi", "désormais",
            "pourtant", "cependant", "toutefois", "néanmoins", "aussi", "déjà", "encore", "jamais",
            "parfois", "souvent", "mieux", "plus", "moins", "non", "oui", "c", "qu", "y", "on", "nous",
            "il", "elle", "ils", "elles", "je", "j", "tu", "vous",
        ],
        nameDeterminers: ["le", "la", "les", "l", "de", "du", "des", "d"]
    )
}
