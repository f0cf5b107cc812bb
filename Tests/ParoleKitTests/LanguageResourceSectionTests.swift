import Testing

@testable import ParoleKit

/// The language's word lists fail loudly: a file without a section or set the mechanism reads
/// stops loading with the name of what is missing, while a section present but empty loads.
@Suite struct LanguageResourceSectionTests {
    @Test func speechWordsWithoutASectionTheFinderReadsStopLoadingWithItsName() {
        let text = WordLists.speechSections.filter { $0 != "auxiliaries" }.map { "[\($0)]" }.joined(
            separator: "\n")
        #expect {
            _ = try WordLists(parsing: text, name: "speech-words.txt", required: WordLists.speechSections)
        } throws: { error in
            "\(error)".contains("speech-words.txt") && "\(error)".contains("[auxiliaries]")
        }
    }

    @Test func aSectionWithoutWordsIsStillThere() throws {
        let text = WordLists.speechSections.map { "[\($0)]\n# nothing yet" }.joined(separator: "\n")
        let lists = try WordLists(parsing: text, name: "speech-words.txt", required: WordLists.speechSections)
        #expect(lists.words("auxiliaries").isEmpty)
    }

    @Test func theFrenchSpeechWordsHaveEverySectionTheMechanismReads() throws {
        _ = try WordLists(
            parsing: ResourceFile.text("speech-words.txt"), name: "speech-words.txt",
            required: WordLists.speechSections)
    }

    @Test func entityRuleWordsWithoutASetStopLoadingWithItsName() {
        let rows = ResourceFile.rows("entity-rules.tsv").filter { $0.first != "regularPluralEnding" }
        #expect {
            _ = try EntityRuleWords(
                rows: rows, triggerRows: ResourceFile.rows("triggers.tsv"), speech: .french,
                conjugator: .french, months: .french)
        } throws: { error in
            "\(error)".contains("entity-rules.tsv") && "\(error)".contains("regularPluralEnding")
        }
    }

    @Test func theRegularPluralEndingComesFromTheEntityRuleFile() {
        #expect(EntityRuleWords.french.regularPluralEnding == ["s"])
    }

    @Test func aRoleNounsPluralTellsNoGenderByThePluralEndingsOfTheGenderFile() {
        // speech-words.txt lists "chercheur m" and "chercheurs m": the plural names a group, no
        // one person's gender.
        #expect(GenderLexicon.french.roleNouns["chercheur"] == .male)
        #expect(GenderLexicon.french.roleNouns["chercheurs"] == nil)
    }

    @Test func aParticipleAgreementOfNoEndingIsWrittenAsADash() throws {
        let conjugator = try SpeechVerbConjugator(parsing: EnglishConjugationFixture.text)
        #expect(conjugator.forms(of: "state").filter { $0.1 == .participle }.map(\.0) == ["stated"])
    }
}
