import Testing

@testable import ParoleKit

/// The tokenizer's word lists load from the typed `tokenizer.txt` and fail loudly when broken.
@Suite struct TokenizerRulesTests {
    /// A file with every required section, one word each.
    static let everySection =
        "[elisions]\nl\n[clitic-pronouns]\non\n[abbreviations]\nmme\n[sentence-openers]\nselon\n"
        + "[subject-pronouns]\nil\n[name-determiners]\nle\n[opening-quotes]\n«\n[closing-quotes]\n»\n"
        + "[euphonic-letters]\nt\n[sentence-dashes]\n–\n[quote-pairs]\n« / » reversible\n"
        + "[display-quotes]\n«_ _»\n"

    @Test func aMissingSectionIsAnErrorNamingIt() {
        let text = Self.everySection.replacingOccurrences(of: "[abbreviations]\nmme\n", with: "")
        #expect {
            try TokenizerRules(parsing: text)
        } throws: { error in
            "\(error)".contains("missing section [abbreviations]")
        }
        #expect(throws: ResourceFormatError.self) {
            try TokenizerRules(parsing: "l d j\n" + Self.everySection)
        }
    }

    @Test func subjectPronounsJoinTheSentenceOpeners() throws {
        let rules = try TokenizerRules(parsing: Self.everySection)
        #expect(rules.sentenceOpeners == ["selon", "il"])
        #expect(rules.nameDeterminers == ["le"])
        #expect(rules.abbreviations == ["mme"])
    }

    @Test func theFrenchListsLoadFromTheResource() {
        let french = TokenizerRules.french
        #expect(french.elisions.isSuperset(of: ["l", "qu", "jusqu", "presqu"]))
        #expect(french.cliticPronouns.isSuperset(of: ["il", "on", "ce"]))
        #expect(french.abbreviations.isSuperset(of: ["m", "mme", "n°", "av", "cie"]))
        #expect(french.sentenceOpeners.isSuperset(of: ["le", "selon", "aujourd'hui", "il", "elle", "j"]))
        #expect(french.nameDeterminers == ["le", "la", "les", "l", "de", "du", "des", "d"])
        #expect(!french.sentenceOpeners.contains("pen"))
    }

    @Test func quotationMarksOpenAndCloseAsTheRulesSay() throws {
        // The low and high double quotes of German typography: „ opens and “ closes there.
        let text = Self.everySection.replacingOccurrences(
            of: "[opening-quotes]\n«", with: "[opening-quotes]\n„"
        )
        .replacingOccurrences(of: "[closing-quotes]\n»", with: "[closing-quotes]\n“")
        let tokens = Tokenizer(rules: try TokenizerRules(parsing: text)).document("Er sagte „Ja“ dort.")
            .tokens
        #expect(tokens.map(\.kind) == [.word, .word, .openQuote, .word, .closeQuote, .word, .terminal])
        let french = Tokenizer(rules: .french).document("Il a dit « oui » hier.").tokens
        #expect(french.filter { $0.kind == .openQuote || $0.kind == .closeQuote }.map(\.norm) == ["«", "»"])
    }

    @Test func aEuphonicLetterJoinsTheInvertedPronounOnlyWhenTheRulesHoldIt() throws {
        let french = Tokenizer(rules: .french).document("Que va-t-il faire ?").tokens
        #expect(french.map(\.norm) == ["que", "va", "-t-il", "faire", "?"])
        let text = Self.everySection.replacingOccurrences(
            of: "[euphonic-letters]\nt\n", with: "[euphonic-letters]\n"
        )
        .replacingOccurrences(of: "[clitic-pronouns]\non", with: "[clitic-pronouns]\nil")
        let without = Tokenizer(rules: try TokenizerRules(parsing: text)).document("Que va-t-il faire ?")
            .tokens
        #expect(!without.contains { $0.kind == .clitic && $0.norm == "-t-il" })
    }

    @Test func aDashOfTheRulesOpensASentenceAfterATerminalMark() throws {
        let rules = try TokenizerRules(parsing: Self.everySection)
        #expect(Tokenizer(rules: rules).document("Il a dit non. – pourquoi ?").sentences.count == 2)
        var without = rules
        without.sentenceDashes = []
        #expect(Tokenizer(rules: without).document("Il a dit non. – pourquoi ?").sentences.count == 1)
    }

    @Test func aMarkOfSeveralCharactersIsAnErrorNamingTheSection() {
        let text = Self.everySection.replacingOccurrences(
            of: "[closing-quotes]\n»", with: "[closing-quotes]\n»»")
        #expect {
            try TokenizerRules(parsing: text)
        } throws: { error in
            "\(error)".contains("[closing-quotes] holds \"»»\", not one character")
        }
    }
}
