import Testing

@testable import ParoleKit

/// An outlet the speaker spoke to ("a-t-il déclaré au journal Le Progrès") relays the quote: it is
/// no candidate speaker of the ranked quotes that follow (`relayedBy` in SpeakerResolver).
@Suite struct SpeakerRelayTests {
    let analyzer = Analyzer()

    static let campaign = """
        Municipales : le maire sortant confiant

        Le maire sortant de Villeurbanne, Marc Girard, a fait campagne samedi sur le marché. « Nous allons gagner, a-t-il déclaré au journal Le Progrès. Les électeurs savent ce que nous avons fait. »

        « Le second tour sera serré », a-t-il ajouté.
        """

    @Test func thePronounAfterAQuoteGivenToAnOutletIsTheSpeakerNotTheOutlet() {
        #expect(analyzer.speakerName(of: "Nous allons gagner", in: Self.campaign) == "Marc Girard")
        #expect(analyzer.speakerName(of: "Le second tour", in: Self.campaign) == "Marc Girard")
    }

    @Test func anOutletThatRelayedAQuoteIsNeverTheNextPronounsSpeaker() {
        let text = """
            Municipales : la candidate écologiste confiante

            La candidate écologiste, Claire Fontaine, a fait campagne samedi à la Croix-Rousse. « Nous allons gagner, a-t-elle déclaré au journal Le Progrès. Les électeurs veulent du changement. »

            « Le second tour sera serré », a-t-il ajouté.
            """
        #expect(analyzer.speakerName(of: "Le second tour", in: text) != "Le Progrès")
    }

    @Test func anOutletThatRelayedAQuoteIsNoCandidateOfTheNextPronoun() {
        let samples = analyzer.speakerSamples(text: Self.campaign)
        #expect(!samples.isEmpty)
        #expect(!samples.flatMap(\.candidates).flatMap(\.names).contains("Le Progrès"))
    }
}
