/// The words the speaker ranker and the actor index read, for one language: the determiners of a
/// plural phrase, the nouns that classify a named body and the short complements of a role or a
/// body (`speaker-words.txt`), and the gender that role nouns give a person (`GenderLexicon`).
/// The agent's prepositions, plural endings and the writer's possessives are the quote grammar's
/// (`[agent-prepositions]`, `[plural-endings]`, `[first-person-possessives]` of quote-grammar.txt),
/// read through `Language.quoteGrammar` by both sides.
public struct SpeakerWords: Sendable {
    /// Determiners of a plural noun phrase ("les", "des", "ces").
    public let pluralDeterminers: Set<String>
    /// Nouns that classify a body the article has named ("agence", "groupe"): alone, they refer
    /// back to it.
    public let bodyClassifiers: Set<String>
    /// Nouns that name a person by what they do, besides the language's role nouns ("syndicaliste").
    public let personNouns: Set<String>
    /// Head nouns of bodies that speak besides the language's institution nouns ("département").
    public let speakingBodies: Set<String>
    /// Prepositions of a short complement that belongs to a role or a body ("en").
    public let statePrepositions: Set<String>
    /// Nouns completing such a complement ("exil": "le gouvernement en exil").
    public let stateNouns: Set<String>
    /// Endings of a verb with a plural subject ("ent": "restent"): a plural phrase stops there.
    public let pluralVerbEndings: [String]
    /// Endings of an adjective's feminine and plural forms ("e", "s"), longest first: words are
    /// compared by what is left ("américaine" = "américain").
    public let agreementEndings: [String]
    /// Role phrases that name the same office, each mapped to the first of its line
    /// ("chef du gouvernement" → "premier ministre"), lower case, apostrophes straight.
    public let roleSynonyms: [String: String]
    /// Characters besides the space that separate the words of a role's text (apostrophes:
    /// "chef de l'État").
    public let wordSeparators: Set<Character>
    /// Marks that end a question: a paragraph ending with one, followed by a paragraph of words in
    /// quotation marks alone, is an interviewer's question and its answer.
    public let questionMarks: Set<String>
    /// Endings of a past participle after a cited document's name ("publié", "communiqués").
    public let participleEndings: [String]
    /// Past participles that no ending of `participleEndings` gives ("venue", "réuni", "remis").
    public let participles: Set<String>
    /// Nouns that name any document cited before ("ce document", "le texte").
    public let documentAnaphors: Set<String>
    /// Adjectives that, between a definite or demonstrative determiner and a noun, name again the
    /// source cited last ("la même source", "ce même document").
    public let sameAdjectives: Set<String>
    /// Head nouns of figures and forecasts through which their named owner speaks ("les
    /// prévisions de Météo-France": Météo-France).
    public let ownedFigures: Set<String>
    /// Determiners of someone not named ("un", "une"): a speech verb's subject opening with one
    /// and a noun is an anonymous source.
    public let indefiniteDeterminers: Set<String>
    /// Forms of a verb that puts a question to someone named after "à" ("a demandé à l'expert"):
    /// the answer that follows is that person's.
    public let questionVerbs: Set<String>
    /// Words (or two tokens written together, "s'il") that open an indirect question after a
    /// question verb's addressee ("a demandé à l'accusé s'il …"): without one, nor a question mark
    /// before the verb, "demander à X de …" is an order and X does not answer.
    public let questionOpeners: Set<String>
    /// Finite third-person forms of the modal verbs ("doit", "devra", "pourrait"): a noun phrase
    /// ends before one ("La mairesse élue | devra composer").
    public let modalVerbs: Set<String>
    /// Determiners a speaker's phrase keeps in another name of its actor ("son entourage",
    /// "plusieurs observateurs"): possessives, demonstratives, quantifiers; no article.
    public let namingDeterminers: Set<String>
    /// Stressed pronouns that, between commas after a sentence's opening phrase, stress it as
    /// the subject ("L'entraîneur, lui, sourit"): the subject is the phrase before them.
    public let stressedPronouns: Set<String>
    /// Words that name again the person mentioned last ("celle-ci", "ce dernier"), with the
    /// gender they name.
    public let demonstratives: [String: Gender]
    /// Connectors, one phrase a line, that tie a person's noun to the body the person belongs to
    /// ("une source **au** ministère", "un responsable **au sein de** la police"): the person
    /// with that body is who speaks, not the body.
    public let affiliationConnectors: [[String]]
    /// Conditional auxiliaries ("aurait", "auraient"): a cue in the reportive conditional relays
    /// someone else's account of what its subject did ("Les agresseurs auraient remarqué un
    /// « signe … »"), so a subject no lexicon knows is not made a speaker there.
    public let conditionalAuxiliaries: Set<String>
    /// Adjectives that stand for a noun left unsaid ("un autre", "le premier"): a phrase headed
    /// by one names no group of its own.
    public let pronominalAdjectives: Set<String>
    /// The gender a role noun gives the person it names ("chancelière" feminine).
    public let roleGenders: [String: Gender]
    /// Agreement after a name ("née", "est arrivée"), from the language's gender lexicon.
    public let agreement: GenderLexicon?
    /// Words that carry no content of their own (articles, prepositions, pronouns, conjunctions):
    /// the words of a quote besides these are its content words (`LeadEcho`).
    public let functionWords: Set<String>

    /// A missing section in a `speaker-words.txt` file.
    public struct MissingSection: Error, CustomStringConvertible {
        /// The name of the missing section.
        public var name: String
        /// What is wrong.
        public var description: String { "speaker-words.txt: section [\(name)] is missing" }
    }

    /// Reads a `speaker-words.txt` file; every section is required. `roleGenders` come from the
    /// language's gender lexicon.
    public init(parsing text: String, roleGenders: [String: Gender], agreement: GenderLexicon? = nil) throws {
        let lists = WordLists(parsing: text)
        func required(_ name: String) throws -> Set<String> {
            guard lists.sections[name] != nil else { throw MissingSection(name: name) }
            return lists.words(name)
        }
        pluralDeterminers = try required("plural-determiners")
        bodyClassifiers = try required("body-classifiers")
        statePrepositions = try required("state-prepositions")
        stateNouns = try required("state-nouns")
        pluralVerbEndings = try required("plural-verb-endings").sorted()
        agreementEndings = try required("agreement-endings").sorted { ($0.count, $0) > ($1.count, $1) }
        speakingBodies = try required("speaking-bodies")
        personNouns = try required("person-nouns")
        wordSeparators = Set(try required("word-separators").flatMap { $0 }).union([" "])
        questionMarks = try required("question-marks")
        indefiniteDeterminers = try required("indefinite-determiners")
        questionVerbs = try required("question-verbs")
        questionOpeners = try required("question-openers")
        modalVerbs = try required("modal-verbs")
        namingDeterminers = try required("naming-determiners")
        stressedPronouns = try required("stressed-pronouns")
        participleEndings = try required("participle-endings").sorted { ($0.count, $0) > ($1.count, $1) }
        participles = try required("participles")
        documentAnaphors = try required("document-anaphors")
        sameAdjectives = try required("same-adjectives")
        ownedFigures = try required("owned-figures")
        functionWords = try required("function-words")
        guard lists.sections["affiliation-connectors"] != nil else {
            throw MissingSection(name: "affiliation-connectors")
        }
        affiliationConnectors = Self.lines(in: text, section: "affiliation-connectors")
        conditionalAuxiliaries = try required("conditional-auxiliaries")
        pronominalAdjectives = try required("pronominal-adjectives")
        guard lists.sections["demonstratives"] != nil else { throw MissingSection(name: "demonstratives") }
        demonstratives = Self.genders(in: text, section: "demonstratives")
        guard lists.sections["role-synonyms"] != nil else { throw MissingSection(name: "role-synonyms") }
        roleSynonyms = Self.synonyms(in: text, section: "role-synonyms")
        self.roleGenders = roleGenders
        self.agreement = agreement
    }

    /// The lines of a `[section]`, each split into its words, longest first.
    static func lines(in text: String, section: String) -> [[String]] {
        fields(in: text, section: section).sorted { $0.count > $1.count }
    }

    /// The words of a `[section]` whose lines each hold a word and its gender (`m` or `f`).
    static func genders(in text: String, section: String) -> [String: Gender] {
        var out: [String: Gender] = [:]
        for fields in fields(in: text, section: section) where fields.count == 2 {
            out[fields[0]] = fields[1] == "f" ? .feminine : fields[1] == "m" ? .masculine : .unknown
        }
        return out
    }

    /// The lines of a `[section]`, comments removed, each split into its fields on blanks. Cut on
    /// the file's bytes (`ResourceText`): split by `Character`, the file's two sections read
    /// this way cost a fifth of the start-up's instructions.
    private static func fields(in text: String, section: String) -> [[String]] {
        let header = "[\(section)]"
        var out: [[String]] = []
        var inside = false
        for line in ResourceText.lines(text) {
            let fields = ResourceText.words(line.text)
            guard let first = fields.first else { continue }
            if first.hasPrefix("[") {
                inside = first == header
                continue
            }
            if inside { out.append(fields) }
        }
        return out
    }

    /// The phrases of a `[section]` whose lines list equivalent phrases ("a = b = c"), each
    /// mapped to the first of its line.
    static func synonyms(in text: String, section: String) -> [String: String] {
        var out: [String: String] = [:]
        let header = Array("[\(section)]".utf8)
        var inside = false
        // Lines are cut on bytes: only the section's own lines become strings (load time).
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let bytes = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if bytes.first == UInt8(ascii: "[") {
                inside = bytes.starts(with: header)
                continue
            }
            guard inside, let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "\r")
            else {
                continue
            }
            let phrases = bytes.split(separator: UInt8(ascii: "=")).map {
                folded(String(decoding: $0, as: UTF8.self))
            }
            .filter { !$0.isEmpty }
            guard let canonical = phrases.first else { continue }
            for p in phrases { out[p] = canonical }
        }
        return out
    }

    /// A role phrase as a lookup key: lower case, hyphens as spaces, apostrophes straight, no
    /// spaces at its ends.
    public static func roleKey(_ phrase: String) -> String { folded(CharClass.lowercased(phrase)) }

    /// `phrase` (already lower case) with hyphens as spaces, apostrophes straight, spaces single
    /// and none at its ends. The file's phrases are lower case: folding them at load time costs
    /// no case mapping.
    static func folded(_ phrase: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in phrase.unicodeScalars {
            if c == " " || c == "\t" || c == "\r" || c == "-" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(c == "\u{2019}" ? "'" : c)
        }
        return String(out)
    }

    /// Whether a lower-case word is a past participle by its form: a listed participle ("venue",
    /// "réuni") or a word of four letters or more with a participle ending ("cité", "publiés").
    public func isPastParticiple(_ word: String) -> Bool {
        if participles.contains(word) { return true }
        return word.count >= 4 && participleEndings.contains { word.hasSuffix($0) }
    }

    /// Whether a lower-case word is a nationality noun, masculine or feminine ("serbe",
    /// "espagnol", "espagnole"): capitalised after a definite article, it names a person ("le
    /// Serbe", "l'Espagnole").
    public func isDemonym(_ word: String) -> Bool {
        guard let lexicon = agreement else { return false }
        return lexicon.demonyms.contains(word) || lexicon.demonymGender(word) != nil
    }

    /// The gender a nationality noun marks ("espagnole" feminine, "espagnol" masculine, "serbe"
    /// unknown).
    public func demonymGender(_ word: String) -> Gender {
        switch agreement?.demonymGender(word) {
        case .female: .feminine
        case .male: .masculine
        default: .unknown
        }
    }

    /// The words of a role's text (lower case already), split on spaces and `wordSeparators`.
    public func words(ofRole role: String) -> [Substring] {
        role.split(whereSeparator: { wordSeparators.contains($0) })
    }

    /// A lower-case word without its agreement endings, taken off while at least four letters
    /// stay: "chinoises", "chinoise" and "chinois" give one stem.
    public func stem(_ word: String) -> String {
        var w = Substring(word)
        var changed = true
        while changed {
            changed = false
            for ending in agreementEndings where w.hasSuffix(ending) && w.count - ending.count >= 4 {
                w = w.dropLast(ending.count)
                changed = true
                break
            }
        }
        return String(w)
    }

    /// The office a role phrase names: its first synonym, or the phrase's own key.
    public func office(_ phrase: String) -> String {
        let key = Self.roleKey(phrase)
        return roleSynonyms[key] ?? key
    }

    /// The gender that the words right after a person's name agree with: "X, née …", "X est
    /// arrivée", "X a été élue" (`next`: the lower-case words after the name); unknown when
    /// they tell none.
    public func agreementGender(_ next: [String]) -> Gender {
        guard let lexicon = agreement else { return .unknown }
        var index = next.first == "," ? 1 : 0
        func gender(_ g: SpeakerGender?) -> Gender {
            g == .female ? .feminine : g == .male ? .masculine : .unknown
        }
        if index < next.count, let g = lexicon.agreement[next[index]] { return gender(g) }
        if index + 1 < next.count, lexicon.copulaAuxiliaries.contains(next[index]),
            lexicon.copulaParticiples.contains(next[index + 1])
        {
            index += 1
        }
        var sawCopula = false
        while index < next.count, lexicon.copulas.contains(next[index]) {
            sawCopula = true
            index += 1
        }
        guard sawCopula, index < next.count, next[index].count > 3 else { return .unknown }
        for (ending, g) in lexicon.participleEndings where next[index].hasSuffix(ending) { return gender(g) }
        return .unknown
    }

    /// The French words, loaded once; a broken file stops the program with its error.
    public static let french: SpeakerWords = {
        do {
            let genders = GenderLexicon.french.roleNouns.compactMapValues { g -> Gender? in
                switch g {
                case .female: .feminine
                case .male: .masculine
                case .unknown: nil
                }
            }
            return try SpeakerWords(
                parsing: ResourceFile.text("speaker-words.txt"), roleGenders: genders, agreement: .french)
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()
}
