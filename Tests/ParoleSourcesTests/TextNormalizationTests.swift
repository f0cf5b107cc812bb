import Foundation
import Testing

@testable import ParoleSources

/// The text taken from pages comes out in Unicode normalization form C.
@Suite struct TextNormalizationTests {
    @Test func combiningAccentsAreComposed() {
        // "é" written as "e" + combining acute accent; Swift's == would call both equal, so
        // the scalars are compared.
        let cleaned = TextCleaner.clean("  e\u{301}le\u{300}ve  ")
        #expect(Array(cleaned.unicodeScalars) == Array("\u{E9}l\u{E8}ve".unicodeScalars))
    }

    @Test func compositionExclusionsTakeTheirCanonicalForm() {
        // Bengali YYA (U+09DF) is excluded from composition: NFC writes it YA + NUKTA.
        let cleaned = TextCleaner.clean("\u{995}\u{9DF}")
        #expect(Array(cleaned.unicodeScalars) == Array("\u{995}\u{9AF}\u{9BC}".unicodeScalars))
    }

    @Test func latinTextAndPunctuationStayAsTheyAre() {
        let text = "L’école « ouverte » — déjà…"
        #expect(Array(TextCleaner.clean(text).unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test func pagesGiveComposedText() throws {
        let html = "<html><body><p>Le de\u{301}bat a dure\u{301} trois heures, mardi soir.</p></body></html>"
        let article = try HTMLArticleExtractor.extract(Data(html.utf8)).value
        #expect(
            article.paragraphs.map { Array($0.unicodeScalars) } == [
                Array("Le d\u{E9}bat a dur\u{E9} trois heures, mardi soir.".unicodeScalars)
            ])
    }
}
