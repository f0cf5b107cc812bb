import Testing

@testable import ParoleKit

/// Content clauses coordinated under one speech verb ("a dit que A et que B") are one indirect
/// quote, from after the first "que" to the end of the last clause; coordinated infinitives ("a
/// promis de A et de B") stay one quote each. Sentences written for these tests.
@Suite struct CoordinatedContentClauseTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func twoQueClausesUnderOneVerbAreOneQuote() {
        let q = quotes(
            "Le maire a précisé que la piscine rouvrirait en mai et que les tarifs ne changeraient pas.")
        #expect(q.map(\.text) == ["la piscine rouvrirait en mai et que les tarifs ne changeraient pas"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func aSeriesOfQueClausesIsOneQuote() {
        let q = quotes(
            "La directrice a rappelé que l'école manquait de place, qu'aucun budget n'était prévu et qu'un recours restait possible."
        )
        #expect(q.count == 1)
        #expect(q.first?.text.hasSuffix("qu'un recours restait possible") == true)
    }

    @Test func coordinatedInfinitivesStayApart() {
        let q = quotes("Le ministre a promis de rouvrir la ligne et de rembourser les abonnés.")
        #expect(q.map(\.text) == ["de rouvrir la ligne", "de rembourser les abonnés"])
    }

    @Test func anAccordingInciseInsideTheSecondClauseKeepsOneQuote() {
        let q = quotes(
            "Le ministre a assuré que les écoles rouvriraient lundi et que, selon le rectorat, « aucun poste ne sera supprimé »."
        )
        #expect(q.count == 1)
        #expect(q.first?.kind == .indirect)
        #expect(q.first?.text.hasPrefix("les écoles rouvriraient lundi et que") == true)
    }
}
