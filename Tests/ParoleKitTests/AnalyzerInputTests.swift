import Testing

@testable import ParoleKit

/// The analyzer on inputs at the edges: nothing, blank lines, one huge line, many lines.
@Suite struct AnalyzerInputTests {
    let analyzer = Analyzer()

    @Test func emptyTextGivesAnEmptyAnalysis() {
        let analysis = analyzer.analyze(text: "", id: "empty")
        #expect(analysis.id == "empty")
        #expect(analysis.title == "")
        #expect(analysis.paragraphs.isEmpty && analysis.entities.isEmpty)
        #expect(analysis.quotes.isEmpty && analysis.actors.isEmpty)
    }

    @Test func blankLinesGiveNoParagraph() {
        let analysis = analyzer.analyze(text: "\n \n\u{A0}\t\n\n", id: "blank")
        #expect(analysis.paragraphs.isEmpty)
        #expect(analysis.title == "")
    }

    @Test func aLongLineWithoutBreaksIsOneParagraph() {
        // About 1 MB on one line, with guillemets that never close and no sentence end.
        let chunk = "« la Russie était préoccupée, a-t-il déclaré selon l’AFP "
        let text = String(repeating: chunk, count: 1_000_000 / chunk.utf8.count)
        let analysis = analyzer.analyze(text: text, id: "long-line")
        #expect(analysis.paragraphs == [Span(0, text.unicodeScalars.count - 1)])
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
    }

    @Test func manyShortLinesAreManyParagraphs() {
        let text = String(repeating: "Il a dit « oui ».\n", count: 20_000)
        let analysis = analyzer.analyze(text: text, id: "lines")
        #expect(analysis.paragraphs.count == 20_000)
        #expect(analysis.paragraphs.last == Span(19_999 * 18, 19_999 * 18 + 17))
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
    }

    @Test func unbalancedGuillemetsAndStrayClosersDoNotBreakTheAnalysis() {
        for text in [
            "»", "«", "« « «", "» » » a-t-il dit", "« Oui », a-t-il dit. « Non", "\"", "\" \" \"", "« »",
        ] {
            let analysis = analyzer.analyze(text: text, id: "quotes")
            #expect(AnalysisInvariants(analysis).violations().isEmpty, "\(text)")
        }
    }
}
