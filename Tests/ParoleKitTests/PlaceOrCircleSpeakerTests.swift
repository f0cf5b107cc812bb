import Testing

@testable import ParoleKit

/// Who speaks for words in guillemets when the subject is "on" after an opening phrase of place or
/// circle (thirteenth session, v19q2).
/// Sentences written for these tests.
@Suite struct PlaceOrCircleSpeakerTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aPlaceInAnOpeningPhraseDoesNotSpeakForOn() {
        #expect(quotes("Dans les rues de Lyon, on appelle cela « la fête des Lumières ».").isEmpty)
        #expect(
            quotes("À Marseille, on dénonce « un abandon ».").allSatisfy { $0.speaker?.text != "Marseille" })
        #expect(
            quotes("Dans le centre de Bordeaux, on qualifie le projet de « chantier du siècle ».").allSatisfy
            {
                $0.speaker?.text != "Bordeaux"
            })
    }

    @Test func aCircleOrBodyInAnOpeningPhraseSpeaksForOn() {
        let circle = quotes("Dans l'entourage du maire, on parle d'une « manœuvre ».")
        #expect(circle.first?.speaker?.text == "l'entourage du maire")
        let unions = quotes("Chez les syndicats, on dénonce « une provocation ».")
        #expect(unions.first?.speaker?.text == "les syndicats")
        let ministry = quotes("Au ministère de l'Économie, on juge « prématurée » cette annonce.")
        #expect(ministry.first?.speaker?.text == "ministère de l'Économie")
    }
}
