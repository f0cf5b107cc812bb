import Testing

@testable import ParoleKit

/// The language seam of issue 9: a small English grammar, written here as resource text in the
/// formats of `Resources/fr/`, drives the same tokenizer, quotation-mark pairer, quote finder,
/// attribution strategies, speaker resolver and ranker that French does. The mechanism holds
/// no French: English sentences give their quotes and speakers, and French words mean nothing
/// to an English analysis. Sentences written for these tests.
@Suite struct EnglishGrammarSeamTests {
    /// `tokenizer.txt`: English abbreviations, openers and the curly double quotes.
    static let tokenizer = """
        [elisions]
        [clitic-pronouns]
        [abbreviations]
        mr mrs ms dr
        [sentence-openers]
        the a an
        [subject-pronouns]
        he she they
        [name-determiners]
        [opening-quotes]
        “
        [closing-quotes]
        ”
        [euphonic-letters]
        [sentence-dashes]
        [quote-pairs]
        “ / ”
        [display-quotes]
        “ ”
        """

    /// `speech-verbs.txt`: a handful of speech verbs and their frames.
    static let speechVerbs = """
        say    que,direct,partial  p3s=says p3p=say ps3s=said ps3p=said pp=said
        tell   que,objque,direct   p3s=tells p3p=tell ps3s=told ps3p=told pp=told
        state  que,direct,partial
        deny   que,direct,group2
        """

    /// `speech-words.txt`: auxiliaries, determiners, pronouns with gender and number, roles.
    static let speechWords = """
        [auxiliaries]
        has had
        [plural-auxiliaries]
        have
        [non-finite-auxiliaries]
        having
        [adverbs]
        also again
        [determiners]
        the a an this
        [subject-pronouns]
        he    m  s
        she   f  s
        they  -  p
        [plural-pronouns]
        they
        [role-nouns]
        minister  -
        spokeswoman  f
        [institution-nouns]
        ministry
        [document-nouns]
        statement report
        [cited-documents]
        report
        [owner-connectors]
        of
        [complement-connectors]
        of
        [honorifics]
        mr. mrs.
        [np-stops]
        and but who
        [clause-stops]
        [figure-glosses]
        """

    /// `speaker-words.txt`: every section is required; most stay empty here.
    static let speakerWords = """
        [plural-determiners]
        these those
        [body-classifiers]
        [state-prepositions]
        [state-nouns]
        [plural-verb-endings]
        [agreement-endings]
        [speaking-bodies]
        [person-nouns]
        [word-separators]
        -
        [question-marks]
        ?
        [indefinite-determiners]
        a an
        [question-verbs]
        [question-openers]
        [modal-verbs]
        [naming-determiners]
        [stressed-pronouns]
        him her them
        [participle-endings]
        [participles]
        [document-anaphors]
        [same-adjectives]
        same
        [function-words]
        the a an of to in and or that
        [owned-figures]
        [affiliation-connectors]
        at
        [conditional-auxiliaries]
        would
        [pronominal-adjectives]
        other
        [demonstratives]
        [role-synonyms]
        """

    /// The sections of `quote-grammar.txt` this grammar fills: "according to", "that", the
    /// articles, relatives and marks. Every other required section is written empty below.
    static let filledQuoteGrammar: [String: String] = [
        "according": "according to",
        "complementizers": "that",
        "definite-articles": "the this",
        "indefinite-articles": "a an",
        "relative-pronouns": "who",
        "coordinators": "and but",
        "clause-conjunctions": "because but and so",
        "source-stops": "and but who that",
        "apposition-stops": "he she they",
        "agent-prepositions": "by",
        "plural-endings": "s",
        "masculine-words": "he him his",
        "feminine-words": "she her hers",
        "question-marks": "?",
        "clause-breaks": ": ; -",
        "list-marks": "- •",
        "leading-ends": ": ; ,",
        "colon-marks": ":",
        "comma-marks": ",",
        "opening-brackets": "(",
    ]

    /// The whole `quote-grammar.txt`: the filled sections and every other required one, empty.
    static var quoteGrammar: String {
        QuoteGrammar.requiredSections.map { "[\($0)]\n\(filledQuoteGrammar[$0] ?? "")" }.joined(
            separator: "\n")
    }

    /// Names the test's recogniser knows: English names are no French model's business.
    struct ListedNames: EntityRecognizer {
        let names: [String]

        func entities(in document: Document) -> [Entity] {
            var out: [Entity] = []
            let tokens = document.tokens
            var i = 0
            while i < tokens.count {
                var matched = false
                for name in names {
                    let words = name.split(separator: " ").map(String.init)
                    guard i + words.count <= tokens.count,
                        zip(words, tokens[i..<(i + words.count)]).allSatisfy({
                            $0.0.lowercased() == $0.1.norm
                        })
                    else { continue }
                    let span = document.span(tokens: i..<(i + words.count))
                    out.append(Entity(span: span, type: .person, text: document.text(span)))
                    i += words.count
                    matched = true
                    break
                }
                if !matched { i += 1 }
            }
            return out
        }
    }

    /// English, built from the texts above through the same loaders French goes through.
    static func english() throws -> Language {
        let conjugator = try SpeechVerbConjugator(
            parsing: EnglishConjugationFixture.text, name: "en/conjugation.txt")
        let words = WordLists(parsing: speechWords)
        var language = Language(
            code: "en",
            tokenizer: Tokenizer(rules: try TokenizerRules(parsing: tokenizer, name: "en/tokenizer.txt")),
            recognizer: ListedNames(names: ["Mary Smith", "John Brown", "Marie Dupont"]),
            speech: SpeechLexicon(parsing: speechVerbs, conjugator: conjugator), words: words,
            firstNames: FirstNames(rows: [["Mary", "F", "1000"], ["John", "M", "1000"]]))
        language.quoteGrammar = try QuoteGrammar(
            parsing: quoteGrammar, name: "en/quote-grammar.txt", conjugator: conjugator)
        language.speakerWords = try SpeakerWords(
            parsing: speakerWords, roleGenders: words.roleNouns)
        return language
    }

    func analysis(_ text: String) throws -> Analysis {
        try Analyzer(language: Self.english()).analyze(text: "Title\n\n" + text, id: "en")
    }

    func speakerName(_ quote: Quote, in analysis: Analysis) -> String? {
        guard let id = quote.speaker?.actor else { return nil }
        return analysis.actors.first { $0.id == id }?.name
    }

    @Test func anEnglishQuoteInCurlyMarksTakesTheSpeakerAfterIt() throws {
        let a = try analysis("“We will win the vote,” said Mary Smith.")
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.text == "We will win the vote")
        #expect(a.quotes.first?.cue?.text == "said")
        #expect(a.quotes.first.map { speakerName($0, in: a) } == "Mary Smith")
    }

    @Test func anEnglishReportedClauseAfterThatIsAnIndirectQuote() throws {
        let a = try analysis("John Brown said that the plan had failed.")
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.kind == .indirect)
        #expect(a.quotes.first?.text == "the plan had failed")
        #expect(a.quotes.first.map { speakerName($0, in: a) } == "John Brown")
    }

    @Test func accordingToNamesTheSourceOfTheClauseBeforeIt() throws {
        let a = try analysis("The bridge will close in May, according to Mary Smith.")
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.kind == .according)
        #expect(a.quotes.first?.text == "The bridge will close in May")
        #expect(a.quotes.first.map { speakerName($0, in: a) } == "Mary Smith")
    }

    @Test func anEnglishPronounNamesThePersonOfItsGender() throws {
        // The ranker weighs the pronoun's gender ([feminine-words]: she) against the first names' (Mary: F).
        let a = try analysis("John Brown met Mary Smith on Monday. She said that the talks were over.")
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.speaker?.text == "Mary Smith")  // the mention resolved, as in French
        #expect(a.quotes.first.map { speakerName($0, in: a) } == "Mary Smith")
    }

    @Test func frenchWordsMeanNothingToTheEnglishGrammar() throws {
        // "selon", "a déclaré", "que" and « » are French: none is a cue, an opener or a mark here.
        let a = try analysis(
            "Le pont fermera en mai, selon Marie Dupont. Marie Dupont a déclaré que le plan avait échoué. "
                + "« Nous gagnerons », a-t-elle ajouté.")
        #expect(a.quotes.isEmpty)
    }

    @Test func aMissingSectionOfTheEnglishGrammarStopsLoadingWithItsName() {
        let text = Self.quoteGrammar.replacingOccurrences(of: "[according]\n", with: "")
        #expect(throws: ResourceFormatError.self) {
            _ = try QuoteGrammar(
                parsing: text, name: "en/quote-grammar.txt",
                conjugator: SpeechVerbConjugator(parsing: EnglishConjugationFixture.text))
        }
    }
}
