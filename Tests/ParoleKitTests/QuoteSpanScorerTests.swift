import Testing

@testable import ParoleKit

/// The learned span scorer keeps words someone said in quotation marks and drops terms, labels
/// and titles that only follow a quote; sentences written for these tests.
@Suite struct QuoteSpanScorerTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func termsInTheJournalistsSentenceAfterAQuoteAreNoQuotes() {
        let q = quotes(
            "« Nous ne céderons pas sur le calendrier », a déclaré la ministre Odile Ferrand. Le texte supprime les « comités de pilotage » et les « cellules d'appui » créés en 2015."
        )
        #expect(q.map(\.text) == ["Nous ne céderons pas sur le calendrier"])
    }

    @Test func aFragmentRightAfterASpeechVerbStaysAQuote() {
        let q = quotes("Le syndicat des cheminots a jugé la décision « inacceptable et brutale ».")
        #expect(q.map(\.text) == ["inacceptable et brutale"])
        #expect(q.first?.kind == .partial)
    }

    @Test func aWholeClauseWithItsCueStaysAQuote() {
        let q = quotes("« Je ne suis candidat à rien », a répété le maire de Vierzon, Jean Castel.")
        #expect(q.count == 1)
        #expect(q.first?.kind == .direct)
    }

    @Test func theScoreIsTheSumOfTheFeaturesWeights() throws {
        let scorer = try QuoteSpanScorer(parsing: "# comment\nbias\t0.5\nw:1\t-2\n")
        #expect(scorer.score(["bias", "w:1", "unknown"]) == -1.5)
        #expect(!scorer.keeps(["bias", "w:1"]))
        #expect(scorer.keeps(["bias"]))
        #expect(throws: ResourceFormatError.self) { try QuoteSpanScorer(parsing: "bias 0.5\n") }
    }

    @Test func theShippedWeightsFavourClausesOverSingleWords() {
        let scorer = QuoteSpanScorer.french
        #expect(scorer.weights["clause-like", default: 0] > 0)
        #expect(scorer.weights["w:1", default: 0] < 0)
    }
}
