import ParoleKit
import Testing

@testable import ParoleReader

/// The words the reader shows that belong to an article's language come from that language's
/// word lists, not from the reader's code.
@Suite("Reader labels in the article's language")
struct LanguageLabelTests {
    @Test("an according quote is labelled with its language's word, other kinds with the reader's")
    func accordingLabelFollowsTheLanguage() {
        let french = WordLists.of(languageCode: "fr-FR")
        #expect(ReaderState.kindLabel(.according, words: french) == "selon")
        #expect(ReaderState.kindLabel(.direct, words: french) == "dir")
        #expect(ReaderState.kindLabel(.indirect, words: french) == "ind")
    }

    @Test("a language without word lists gets a neutral label, never the French word")
    func accordingLabelWithoutWordLists() {
        let none = WordLists.of(languageCode: "de")
        #expect(ReaderState.kindLabel(.according, words: none) == "acc")
    }
}
