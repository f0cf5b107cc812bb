import Testing

@testable import ParoleKit

/// The punctuation the quote finder, the heading test and the span features read comes from
/// sections of `quote-grammar.txt`: another value there changes what they find.
@Suite struct QuoteGrammarMarksTests {
    /// The French grammar file with the words of `section` (its first line that is neither a
    /// comment nor empty) expected to be `old` and written `new`.
    static func grammar(_ section: String, from old: String, to new: String) throws -> QuoteGrammar {
        var lines = ResourceFile.text("quote-grammar.txt").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        let header = try #require(lines.firstIndex(of: "[\(section)]"))
        let body = try #require(
            lines[(header + 1)...].firstIndex { !$0.isEmpty && !$0.hasPrefix("#") })
        #expect(lines[body] == old)
        lines[body] = new
        return try QuoteGrammar(parsing: lines.joined(separator: "\n"))
    }

    /// French with `grammar` as its quote grammar.
    static func language(_ grammar: QuoteGrammar) -> Language {
        var language = Language.french
        language.quoteGrammar = grammar
        return language
    }

    /// The texts of the quotes found in `text` with `grammar`.
    static func quotes(_ text: String, _ grammar: QuoteGrammar = .french) -> [String] {
        Analyzer(language: language(grammar)).analyze(text: text, id: "t").quotes.map(\.text)
    }

    @Test func aReportedClauseReachesBackToTheLastClauseBreakTheGrammarLists() throws {
        let text = "Le projet est abandonné : le coût a doublé, affirme le maire."
        let french = Self.quotes(text)
        #expect(french.count == 1)
        #expect(french.first?.hasPrefix("le coût") == true)
        let other = Self.quotes(text, try Self.grammar("clause-breaks", from: ": ; - –", to: "; - –"))
        #expect(other.count == 1)
        #expect(other.first?.hasPrefix("Le projet") == true)
    }

    /// The tokens of `line`, French.
    static func line(_ line: String) -> [Token] { Language.french.tokenizer.document(line).tokens }

    @Test func aLineOpeningWithAListMarkOfTheGrammarIsNoHeading() throws {
        #expect(!TextView.isHeading(Self.line("• une crèche"), grammar: .french))
        let noBullet = try Self.grammar("list-marks", from: "- – — • · * ▪ ◦ ‣ ►", to: "- – — · * ▪ ◦ ‣ ►")
        #expect(TextView.isHeading(Self.line("• une crèche"), grammar: noBullet))
        #expect(!TextView.isHeading(Self.line("- une crèche"), grammar: noBullet))
    }

    @Test func aLineEndingWithALeadingEndOfTheGrammarIsNoHeading() throws {
        #expect(!TextView.isHeading(Self.line("deux commerces,"), grammar: .french))
        let noComma = try Self.grammar("leading-ends", from: ": ; ,", to: ": ;")
        #expect(TextView.isHeading(Self.line("deux commerces,"), grammar: noComma))
        #expect(!TextView.isHeading(Self.line("Il a ajouté :"), grammar: noComma))
    }

    /// The features of every quoted stretch of `text` for the quote-span scorer.
    static func spanFeatures(_ text: String, _ grammar: QuoteGrammar) -> Set<String> {
        Set(Analyzer(language: language(grammar)).quoteSpanSamples(text: text).flatMap(\.features))
    }

    @Test func theMarkClassesAroundAQuoteAreTheGrammars() throws {
        let text =
            "Le ministre a déclaré : « Nous ne céderons rien. » Son livre « Les Misérables » (Gallimard) est paru."
        #expect(Self.spanFeatures(text, .french).isSuperset(of: ["b:colon", "a:paren"]))
        let noColon = Self.spanFeatures(text, try Self.grammar("colon-marks", from: ":", to: "/"))
        #expect(!noColon.contains("b:colon"))
        #expect(noColon.contains("b:punct"))
        let noBracket = Self.spanFeatures(text, try Self.grammar("opening-brackets", from: "(", to: "["))
        #expect(!noBracket.contains("a:paren"))
        #expect(noBracket.contains("a:punct"))
    }
}
