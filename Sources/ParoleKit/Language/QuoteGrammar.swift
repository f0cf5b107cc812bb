/// The patterns of one language's reported speech that span several words: the openers that
/// attribute a claim ("selon", "de l'avis de", "à ses yeux"), relatives that open a claim
/// ("pour qui"), and reflexive stance frames ("se dit satisfait"). Loaded from a typed resource
/// file (`quote-grammar.txt`); a missing section is an error, never an empty default.
public struct QuoteGrammar: Sendable {
    /// An opener of an according quote, as normalised tokens.
    public struct Opener: Sendable, Equatable {
        /// The tokens of the opener, lower-case, elisions apart.
        public var tokens: [String]
        /// For an opener that names its source by a pronoun, the pronoun's position in `tokens`.
        public var pronoun: Int?
        /// For a source frame, where in `tokens` the speaker's phrase starts ("de source
        /// judiciaire": at "source"); `tokens.count` when it starts after the frame.
        public var speakerStart: Int? = nil
        /// `tokens` as indices into the grammar's `openerWords`: matched against a text's tokens
        /// by number, the words having been looked up once per token.
        var wordIDs: [Int32] = []
    }

    /// Openers followed by their source: "selon X", "de l'avis de X".
    public let according: [Opener]
    /// Openers that name their source by a pronoun: "à ses yeux", "selon lui".
    public let pronominal: [Opener]
    /// Relatives after a source that open its claim: "pour qui".
    public let relatives: [Opener]
    /// Openers that attribute the claim after them only at the start of a sentence: "Pour X, …".
    public let opening: [Opener]
    /// Lemmas of verbs that, reflexive, report a stance through an adjective: "se dire".
    public let stanceVerbs: Set<String>
    /// Inverted pronouns that name nobody ("-t-on"): no attribution.
    public let impersonalClitics: Set<String>
    /// The pronouns of a reflexive verb ("se", "s'").
    public let reflexivePronouns: Set<String>
    /// The marks that end the clause a reported claim stands in, read back from its end (": ; - –"):
    /// the `clause-breaks` class, kept apart from the class table for the per-token scan.
    public let clauseBreaks: Set<String>
    /// The marks that open an item of a list or a line of dialogue ("-", "•"): such a line is no
    /// heading. The `list-marks` class, kept apart for the heading test of every paragraph.
    public let listMarks: Set<String>
    /// The marks that end a line leading into the next one (": ; ,"): an introduction, a list
    /// item. The `leading-ends` class, kept apart as `listMarks` is.
    public let leadingEnds: Set<String>

    /// The word classes of the grammar file: one section each, every one required.
    public enum WordClass: String, CaseIterable, Sendable {
        case complementPrepositions = "complement-prepositions"
        case recipientPrepositions = "recipient-prepositions"
        case complementizers
        case infinitivePrepositions = "infinitive-prepositions"
        case infinitiveAuxiliaries = "infinitive-auxiliaries"
        case infinitiveEndings = "infinitive-endings"
        case possessives
        case clauseConjunctions = "clause-conjunctions"
        case appositionStops = "apposition-stops"
        case sourceStops = "source-stops"
        case etreForms = "etre-forms"
        case inversionOpeners = "inversion-openers"
        case objectClitics = "object-clitics"
        case definiteArticles = "definite-articles"
        case phraseElisions = "phrase-elisions"
        case impersonalPronouns = "impersonal-pronouns"
        case relativePronouns = "relative-pronouns"
        case coordinators
        case nameConnectors = "name-connectors"
        case roleModifiers = "role-modifiers"
        case masculineWords = "masculine-words"
        case feminineWords = "feminine-words"
        case acronymParticles = "acronym-particles"
        case nameParticles = "name-particles"
        case namePrefixes = "name-prefixes"
        case labelNouns = "label-nouns"
        case nameLabelNouns = "name-label-nouns"
        case qualifyingVerbs = "qualifying-verbs"
        case presentParticipleEndings = "present-participle-endings"
        case sourceNouns = "source-nouns"
        case speechNouns = "speech-nouns"
        case gerundMarkers = "gerund-markers"
        case adverbEndings = "adverb-endings"
        case dateWords = "date-words"
        case negations
        case agentPrepositions = "agent-prepositions"
        case attributeMarkers = "attribute-markers"
        case pluralEndings = "plural-endings"
        case prenominalAdjectives = "prenominal-adjectives"
        case relayParticiples = "relay-participles"
        case personNounEndings = "person-noun-endings"
        case predeterminers
        case negationComplements = "negation-complements"
        case partitiveHeads = "partitive-heads"
        case indefiniteArticles = "indefinite-articles"
        case bareInfinitiveEndings = "bare-infinitive-endings"
        case nonInfinitives = "non-infinitives"
        case relativeHeads = "relative-heads"
        case infinitiveClitics = "infinitive-clitics"
        case relativeAdverbs = "relative-adverbs"
        case firstPersonPossessives = "first-person-possessives"
        case ownReportingNouns = "own-reporting-nouns"
        case speakingPersons = "speaking-persons"
        case negativeSubjects = "negative-subjects"
        case questionMarks = "question-marks"
        case placePrepositions = "place-prepositions"
        case degreeAdverbs = "degree-adverbs"
        case timePlaceAdverbs = "time-place-adverbs"
        case sourceRelatives = "source-relatives"
        case clauseRelatives = "clause-relatives"
        /// The imperfect's endings of the conjugator's `[endings]`; no section of its own.
        case finiteEndings = "finite-endings"
        /// Made from the lemmas of the `naming-verbs` section by the conjugator.
        case namingVerbForms = "naming-verbs"
        case namingObjects = "naming-objects"
        case signNouns = "sign-nouns"
        case contrastConjunctions = "contrast-conjunctions"
        case singularDeterminers = "singular-determiners"
        case conditionPrepositions = "condition-prepositions"
        case clauseBreaks = "clause-breaks"
        case listMarks = "list-marks"
        case leadingEnds = "leading-ends"
        case colonMarks = "colon-marks"
        case commaMarks = "comma-marks"
        case openingBrackets = "opening-brackets"
        case capitalInstitutionNouns = "capital-institution-nouns"
    }

    /// The words of each word class.
    private let classes: [WordClass: Set<String>]
    /// Multi-word openers of a content clause ("à ce que").
    public let clauseOpeners: [Opener]
    /// Multi-word adverbs ("de nouveau").
    public let adverbPhrases: [Opener]
    /// Words that, right before quotation marks, make the quoted words a name, a charge or a
    /// label rather than speech ("mis en examen pour « … »", "l'a nommée « … »").
    public let labelFrames: [Opener]
    /// Multi-word verbs that report speech like one speech verb ("fait savoir", "laissé entendre").
    public let speechPeriphrases: [Opener]
    /// Verbs that lead an infinitive speech verb, which then reports ("a tenu à rappeler que").
    public let speechLeads: [Opener]
    /// Words before a speech verb's infinitive that make it report for the main clause's
    /// subject: "avant de préciser que", "pour dire que".
    public let infinitiveLeads: [Opener]
    /// Words after a relaying cue that name where the relay had the words from: "a appris l'AFP
    /// de source judiciaire", "a-t-on appris auprès de la préfecture".
    public let sourceFrames: [Opener]
    /// The first words of `speechPeriphrases` and `speechLeads`: a cheap test before matching them.
    public let multiWordVerbStarts: Set<String>
    /// Every word of every opener, numbered: `Opener.wordIDs` index it.
    let openerWords: [String: Int32]
    /// For each opener word, whether it starts an according, pronominal, relative or opening
    /// opener: a token that starts none is no according cue, without scanning the lists.
    let accordingStarts: [Bool]

    /// The words of `wordClass`.
    public func words(_ wordClass: WordClass) -> Set<String> { classes[wordClass] ?? [] }

    /// Whether `word` belongs to `wordClass`.
    public func contains(_ wordClass: WordClass, _ word: String) -> Bool {
        classes[wordClass]?.contains(word) ?? false
    }

    /// The gender a pronoun, determiner or title marks, as far as it tells.
    public func gender(of word: String) -> Gender {
        contains(.masculineWords, word) ? .masculine : contains(.feminineWords, word) ? .feminine : .unknown
    }

    /// The sections every grammar file must have.
    public static let requiredSections =
        [
            "according", "according-pronominal", "according-opening", "according-relative", "stance-frames",
            "reflexive-pronouns", "impersonal-clitics", "clause-openers", "adverb-phrases",
            "label-frames", "speech-periphrases", "speech-leads", "source-frames", "infinitive-leads",
        ] + WordClass.allCases.filter { !derivedClasses.contains($0) }.map(\.rawValue)

    /// The word classes made from the conjugation data rather than read from a section.
    static let derivedClasses: Set<WordClass> = [.finiteEndings]

    /// An error in a grammar file.
    public typealias FormatError = ResourceFormatError

    /// Reads a grammar file, the verb forms it names by lemma conjugated by `conjugator`; throws
    /// when a section is missing or a line is malformed.
    public init(
        parsing text: String, name: String = "quote-grammar.txt", conjugator: SpeechVerbConjugator = .french
    ) throws {
        let parsed = ResourceText.sections(text, name: name, required: Self.requiredSections)
        if let problem = parsed.problem { throw FormatError(description: problem) }
        let sections = parsed.sections
        var openerWords: [String: Int32] = [:]
        func numbered(_ opener: Opener) -> Opener {
            var numbered = opener
            numbered.wordIDs = opener.tokens.map { word in
                if let id = openerWords[word] { return id }
                let id = Int32(openerWords.count)
                openerWords[word] = id
                return id
            }
            return numbered
        }
        func openers(_ section: String) -> [Opener] {
            sections[section, default: []].map { numbered(Opener(tokens: $0, pronoun: nil)) }
        }
        according = openers("according")
        relatives = openers("according-relative")
        opening = openers("according-opening")
        clauseOpeners = openers("clause-openers")
        adverbPhrases = openers("adverb-phrases")
        labelFrames = openers("label-frames")
        speechPeriphrases = openers("speech-periphrases")
        speechLeads = openers("speech-leads")
        infinitiveLeads = openers("infinitive-leads")
        var sourceFrames: [Opener] = []
        for words in sections["source-frames", default: []] {
            guard let last = words.last, let position = Int(last), position <= words.count - 1 else {
                throw FormatError(
                    description:
                        "\(name): [source-frames] '\(words.joined(separator: " "))' needs where the speaker starts"
                )
            }
            var frame = numbered(Opener(tokens: Array(words.dropLast()), pronoun: nil))
            frame.speakerStart = position
            sourceFrames.append(frame)
        }
        self.sourceFrames = sourceFrames
        multiWordVerbStarts = Set((speechPeriphrases + speechLeads).compactMap(\.tokens.first))
        var classes: [WordClass: Set<String>] = [:]
        for wordClass in WordClass.allCases {
            classes[wordClass] = Set(sections[wordClass.rawValue, default: []].joined())
        }
        // Naming verbs by lemma: every finite form and participle ("appelle", "ont appelé").
        classes[.namingVerbForms] = Set(
            (classes[.namingVerbForms] ?? []).flatMap { lemma in
                conjugator.forms(of: lemma).filter { $0.1 != .presentParticiple }.map(\.0)
            })
        classes[.finiteEndings] = Set(conjugator.imperfectEndings)
        // What carries words names them as a label noun does ("la pancarte « … »").
        classes[.labelNouns, default: []].formUnion(classes[.signNouns] ?? [])
        self.classes = classes
        clauseBreaks = classes[.clauseBreaks] ?? []
        listMarks = classes[.listMarks] ?? []
        leadingEnds = classes[.leadingEnds] ?? []
        var pronominal: [Opener] = []
        for words in sections["according-pronominal", default: []] {
            guard let last = words.last, let position = Int(last), position < words.count - 1 else {
                throw FormatError(
                    description:
                        "\(name): [according-pronominal] '\(words.joined(separator: " "))' needs the pronoun's position"
                )
            }
            pronominal.append(numbered(Opener(tokens: Array(words.dropLast()), pronoun: position)))
        }
        self.pronominal = pronominal
        self.openerWords = openerWords
        var accordingStarts = [Bool](repeating: false, count: openerWords.count)
        for opener in according + pronominal + relatives + opening {
            if let first = opener.wordIDs.first { accordingStarts[Int(first)] = true }
        }
        self.accordingStarts = accordingStarts
        stanceVerbs = Set(sections["stance-frames", default: []].compactMap(\.first))
        impersonalClitics = Set(sections["impersonal-clitics", default: []].joined())
        reflexivePronouns = Set(sections["reflexive-pronouns", default: []].joined())
    }

    /// The opener among `openers` that starts at token `i` of `tokens`, the longest first.
    func opener(_ openers: [Opener], at i: Int, in tokens: [Token], limit: Int) -> Opener? {
        var best: Opener? = nil
        for opener in openers where i + opener.tokens.count <= limit {
            if opener.tokens.count <= best?.tokens.count ?? 0 { continue }
            var matches = true
            for (k, word) in opener.tokens.enumerated() where tokens[i + k].norm != word {
                matches = false
                break
            }
            if matches { best = opener }
        }
        return best
    }

    /// The opener among `openers` that starts at token `i`, the longest first, matching the
    /// tokens' `wordIDs` (each token's index in `openerWords`, or -1): the same answer as
    /// `opener(_:at:in:limit:)` without comparing strings.
    func opener(_ openers: [Opener], at i: Int, wordIDs: [Int32], limit: Int) -> Opener? {
        guard i < limit, wordIDs[i] >= 0 else { return nil }
        var best: Opener? = nil
        for opener in openers where i + opener.wordIDs.count <= limit {
            if opener.wordIDs.count <= best?.wordIDs.count ?? 0 { continue }
            var matches = true
            for (k, id) in opener.wordIDs.enumerated() where wordIDs[i + k] != id {
                matches = false
                break
            }
            if matches { best = opener }
        }
        return best
    }

    /// French, from the package's resources; a broken file stops the program with its error.
    public static let french: QuoteGrammar = {
        do {
            return try QuoteGrammar(parsing: ResourceFile.text("quote-grammar.txt"))
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()
}
