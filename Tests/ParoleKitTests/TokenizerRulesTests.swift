import Testing

@testable import ParoleKit

/// The tokenizer's word lists load from the typed `tokenizer.txt` and fail loudly when broken.
@Suite struct TokenizerRulesTests {
    /// A file with every required section, one word each.
    static let everySection =
        "[elisions]\nl\n[clitic-pronouns]\non\n[abbreviations]\nmme\n[sentence-openers]\nselon\n"
        + "[subject-pronouns]\nil\n[name-determiners]\nle\n"

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
}
