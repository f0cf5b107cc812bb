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
        // 100 kB on one line, with guillemets that never close and no sentence end (the 1 MB
        // line is checked on the release build by scripts/bench-large-input).
        let chunk = "« la Russie était préoccupée, a-t-il déclaré selon l’AFP "
        let text = String(repeating: chunk, count: 100_000 / chunk.utf8.count)
        let analysis = analyzer.analyze(text: text, id: "long-line")
        #expect(analysis.paragraphs == [Span(0, text.unicodeScalars.count - 1)])
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
    }

    @Test func aLongChainOfRoleDescriptionsIsAnalysedWithoutExhaustingTheStack() {
        // Each description's ranking reads the subject of the sentence before, itself a
        // description: unbounded, a few hundred overflowed the stack.
        let text =
            "Jean Dupont est arrivé lundi. "
            + String(repeating: "Le président a parlé longtemps. ", count: 500)
            + "« Nous partons », a-t-il dit."
        let analysis = analyzer.analyze(text: text, id: "descriptions")
        #expect(analysis.quotes.map(\.text) == ["Nous partons"])
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
    }

    @Test func aLongChainOfCapitalisedEventsIsAnalysedSoundly() {
        // Each event head used to rescan the whole chain after it (quadratic: 50 s for 2,000 on
        // the release build); a head inside an event found is now part of it.
        let text = String(repeating: "Festival de Cannes ", count: 500) + "."
        let analysis = analyzer.analyze(text: text, id: "events")
        #expect(!analysis.entities.isEmpty)
        #expect(analysis.entities.allSatisfy { $0.type == .miscellaneous })
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
    }

    @Test func manyShortLinesAreManyParagraphs() {
        let text = String(repeating: "Il a dit « oui ».\n", count: 5_000)
        let analysis = analyzer.analyze(text: text, id: "lines")
        #expect(analysis.paragraphs.count == 5_000)
        #expect(analysis.paragraphs.last == Span(4_999 * 18, 4_999 * 18 + 17))
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
