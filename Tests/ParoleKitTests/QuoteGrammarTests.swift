import Testing

@testable import ParoleKit

/// The quote grammar and the speaker ranker load from typed files and fail loudly when broken.
@Suite struct QuoteGrammarTests {
    @Test func theShippedFrenchGrammarHasItsPatterns() {
        let grammar = QuoteGrammar.french
        #expect(grammar.according.contains { $0.tokens == ["de", "l'", "avis", "de"] })
        #expect(grammar.pronominal.contains { $0.tokens == ["à", "ses", "yeux"] && $0.pronoun == 1 })
        #expect(grammar.contains(.complementizers, "qu'"))
        #expect(grammar.gender(of: "-t-elle") == .feminine)
    }

    @Test func aMissingSectionIsAnErrorNamingIt() {
        let text = "[according]\nselon\n"
        #expect {
            try QuoteGrammar(parsing: text)
        } throws: { error in
            "\(error)".contains("missing section [according-pronominal]")
        }
    }

    @Test func aPronominalOpenerNeedsItsPronounPosition() {
        var text = QuoteGrammar.requiredSections.map { "[\($0)]\n" }.joined()
        text += "[according-pronominal]\nà ses yeux\n"
        #expect(throws: QuoteGrammar.FormatError.self) { try QuoteGrammar(parsing: text) }
    }

    @Test func rankerWeightsRoundTripInSortedOrder() throws {
        let ranker = SpeakerRanker(weights: ["p:b": 1.5, "p:a": -2])
        let text = ranker.serialized(header: "test")
        #expect(text == "# test\np:a\t-2\np:b\t1.5\n")
        let back = try SpeakerRanker(parsing: text)
        #expect(back.weights == ranker.weights)
        #expect(back.score(["p:a", "p:b", "p:unknown"]) == -0.5)
        #expect(throws: SpeakerRanker.FormatError.self) { try SpeakerRanker(parsing: "p:a 1\n") }
    }

    @Test func aSpeakerNamedByAPronounIsRankedAmongNearbyActors() {
        let text = """
            Titre
            Sophie Bernard a rencontré Jean Martin mardi à Lyon.
            Jean Martin a présenté le projet aux habitants.
            « Nous manquons de tout sur le terrain depuis le début », a-t-elle ajouté.
            """
        let analysis = Analyzer().analyze(text: text, id: "t")
        let name = analysis.quotes.first?.speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
        #expect(name == "Sophie Bernard")
        let samples = Analyzer().speakerSamples(text: text)
        #expect(samples.count == 1)
        #expect(samples.first?.candidates.last?.names == [])
    }
}
