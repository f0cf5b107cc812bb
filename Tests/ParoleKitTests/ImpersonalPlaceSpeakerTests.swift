import Testing

@testable import ParoleKit

/// "on" speaks for the place or circle that opens its sentence ("À Bercy, on assure que …");
/// an "on" with nothing named still reports no one. Sentences written for these tests.
@Suite struct ImpersonalPlaceSpeakerTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func anOnAfterANamedPlaceIsThatPlaceSpeaking() {
        let q = quotes("À Matignon, on assure que le calendrier de la réforme sera tenu.")
        #expect(q.map(\.text) == ["le calendrier de la réforme sera tenu"])
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.speaker?.text == "Matignon")
    }

    @Test func anInvertedOnBeforeANamedPlaceIsThatPlaceSpeaking() {
        let q = quotes("Le calendrier de la réforme sera tenu, assure-t-on à Matignon.")
        #expect(q.map(\.text) == ["Le calendrier de la réforme sera tenu"])
        #expect(q.first?.speaker?.text == "Matignon")
    }

    @Test func anOnWithNoPlaceReportsNoOne() {
        #expect(quotes("On assure que le calendrier de la réforme sera tenu.").isEmpty)
        #expect(quotes("Depuis hier, on assure que le calendrier de la réforme sera tenu.").isEmpty)
        #expect(quotes("Le calendrier de la réforme sera tenu, assure-t-on.").isEmpty)
    }

    @Test func anOnAfterWhereIsTheCircleTheRelativeHangsOn() {
        let q = quotes(
            "Le texte ira au bout du débat, assure-t-on dans l'entourage du ministre, où l'on réfute avoir l'intention de passer en force."
        )
        #expect(q.map(\.text).contains("avoir l'intention de passer en force"))
        #expect(q.allSatisfy { $0.speaker?.text == "l'entourage du ministre" })
        #expect(
            quotes("Le texte ira au bout du débat, où l'on réfute avoir l'intention de passer en force.")
                .isEmpty)
    }

    @Test func anOnAfterWhereAfterAPlaceAloneReportsNoOne() {
        #expect(quotes("Il a vécu au Japon, où l'on considère que la politesse est essentielle.").isEmpty)
        #expect(
            quotes(
                "Les pêcheurs ont manifesté dans les ports du Finistère, où on estime que les quotas sont trop bas."
            )
            .isEmpty)
    }

    @Test func anAppositionAfterThePlaceIsNoPartOfIt() {
        let q = quotes(
            "À la coopérative des Coteaux de Gascogne, principal acheteur de grain du département, on reconnaît que la situation est tendue."
        )
        #expect(q.map(\.text) == ["la situation est tendue"])
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.speaker?.text == "Coteaux de Gascogne")
    }
}
