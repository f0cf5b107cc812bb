import Testing

@testable import ParoleKit

/// The punctuation the quote finder, the heading test and the span features read comes from
/// sections of `quote-grammar.txt`: another value there changes what they find.
@Suite struct QuoteGrammarMarksTests {
    /// The French grammar file with `old` written `new`.
    static func grammar(replacing old: String, with new: String) throws -> QuoteGrammar {
        let french = ResourceFile.text("quote-grammar.txt")
        #expect(french.contains(old))
        return try QuoteGrammar(parsing: french.replacingOccurrences(of: old, with: new))
    }

    /// French with `grammar` as its quote grammar.
    static func language(_ grammar: QuoteGrammar) -> Language {
        var language = Language.french
        language.quoteGrammar = grammar
        return language
    }

    /// The texts of the quotes found in `text` with `language`.
    static func quotes(_ text: String, _ language: Language = .french) -> [String] {
        Analyzer(language: language).analyze(text: text, id: "t").quotes.map(\.text)
    }

    @Test func aReportedClauseReachesBackToTheLastClauseBreakTheGrammarLists() throws {
        let text = "Le projet est abandonné : le coût a doublé, affirme le maire."
        let french = Self.quotes(text)
        #expect(french.count == 1)
        #expect(french.first?.hasPrefix("le coût") == true)
        let noColon = try Self.grammar(replacing: "\n: ; - –\n", with: "\n; - –\n")
        let other = Self.quotes(text, Self.language(noColon))
        #expect(other.count == 1)
        #expect(other.first?.hasPrefix("Le projet") == true)
    }

    /// The tokens of `line`, French.
    static func line(_ line: String) -> [Token] { Language.french.tokenizer.document(line).tokens }

    @Test func aLineOpeningWithAListMarkOfTheGrammarIsNoHeading() throws {
        #expect(!TextView.isHeading(Self.line("• une crèche"), grammar: .french))
        let noBullet = try Self.grammar(replacing: "- – — • · *", with: "- – — · *")
        #expect(TextView.isHeading(Self.line("• une crèche"), grammar: noBullet))
        #expect(!TextView.isHeading(Self.line("- une crèche"), grammar: noBullet))
    }

    @Test func aLineEndingWithALeadingEndOfTheGrammarIsNoHeading() throws {
        #expect(!TextView.isHeading(Self.line("deux commerces,"), grammar: .french))
        let noComma = try Self.grammar(replacing: "\n: ; ,\n", with: "\n: ;\n")
        #expect(TextView.isHeading(Self.line("deux commerces,"), grammar: noComma))
        #expect(!TextView.isHeading(Self.line("Il a ajouté :"), grammar: noComma))
    }
}
