import Testing

@testable import ParoleKit

/// Claims of the press the finder cut or missed: a participle clause or an apposition in
/// guillemets before "selon X" belongs to the claim. Sentences written for these tests.
@Suite struct AccordingExtentAndBodySubjectTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aParticipleClauseBeforeSelonBelongsToTheClaim() {
        let q = quotes(
            "Une tempête a frappé la côte dans la nuit, faisant au moins douze blessés, selon les secours.")
        #expect(
            q.map(\.text) == ["Une tempête a frappé la côte dans la nuit, faisant au moins douze blessés"])
        #expect(q.first?.kind == .according)
    }

    @Test func anAppositionInGuillemetsBeforeSelonBelongsToTheClaim() {
        let q = quotes(
            "Le club a gagné trois matchs de suite, « une première depuis l'automne », d'après un "
                + "proche de l'entraîneur.")
        #expect(q.map(\.text) == ["Le club a gagné trois matchs de suite, « une première depuis l'automne »"])
        #expect(q.first?.kind == .according)
    }

    @Test func guillemetsAfterAColonBeforeSelonStayDirect() {
        let q = quotes(
            "Le délégué syndical l'a répété : « Nous irons jusqu'au bout de ce mouvement », selon un participant."
        )
        #expect(q.map(\.kind) == [.direct])
    }
}
