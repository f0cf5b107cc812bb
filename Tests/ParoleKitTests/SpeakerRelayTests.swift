import Testing

@testable import ParoleKit

/// An outlet the speaker spoke to ("a-t-il déclaré au journal Le Progrès") relays the quote: it is
/// no candidate speaker of the words that follow, whatever cue names them (`relayed`).
@Suite struct SpeakerRelayTests {
    let analyzer = Analyzer()

    /// The speaker of the first quote whose words hold `words`.
    func speaker(of words: String, in text: String) -> String? {
        let analysis = analyzer.analyze(text: text, id: "t")
        let quote = analysis.quotes.first { $0.text.contains(words) }
        return quote?.speaker?.actor.flatMap { analysis.actor(id: $0) }?.name
    }

    static let campaign = """
        Municipales : le maire sortant confiant

        Le maire sortant de Villeurbanne, Marc Girard, a fait campagne samedi sur le marché. « Nous allons gagner, a-t-il déclaré au journal Le Progrès. Les électeurs savent ce que nous avons fait. »

        « Le second tour sera serré », a-t-il ajouté.
        """

    @Test func thePronounAfterAQuoteGivenToAnOutletIsTheSpeakerNotTheOutlet() {
        #expect(speaker(of: "Nous allons gagner", in: Self.campaign) == "Marc Girard")
        #expect(speaker(of: "Le second tour", in: Self.campaign) == "Marc Girard")
    }

    @Test func anOutletThatRelayedAQuoteIsNeverTheNextPronounsSpeaker() {
        let text = """
            Municipales : la candidate écologiste confiante

            La candidate écologiste, Claire Fontaine, a fait campagne samedi à la Croix-Rousse. « Nous allons gagner, a-t-elle déclaré au journal Le Progrès. Les électeurs veulent du changement. »

            « Le second tour sera serré », a-t-il ajouté.
            """
        #expect(speaker(of: "Le second tour", in: text) != "Le Progrès")
    }

    @Test func anOutletThatRelayedAQuoteIsNoCandidateOfTheNextPronoun() {
        let samples = analyzer.speakerSamples(text: Self.campaign)
        #expect(!samples.isEmpty)
        #expect(!samples.flatMap(\.candidates).flatMap(\.names).contains("Le Progrès"))
    }
}
