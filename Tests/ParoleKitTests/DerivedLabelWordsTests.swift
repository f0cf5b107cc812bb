import Testing

@testable import ParoleKit

/// Label nouns and charge frames counted in the parliament debates and the span probes: the
/// words in quotation marks after them name a law, a part of a plan or a charge, and no one is
/// reported saying them. Sentences written for these tests.
@Suite struct DerivedLabelWordsTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func theNameOfALawIsNoQuote() {
        #expect(quotes("La sénatrice a défendu la loi « Forêts vivantes » devant la commission.").isEmpty)
        #expect(quotes("Le texte reprend le volet « Mobilités douces » du plan régional.").isEmpty)
    }

    @Test func aSuspectedChargeIsNoQuote() {
        #expect(
            quotes("Le parquet a ouvert une enquête pour des soupçons de « favoritisme » à la mairie.")
                .isEmpty)
        #expect(quotes("L'ancien trésorier est soupçonné d'« abus de confiance » depuis l'été.").isEmpty)
    }

    @Test func aWordDenouncedBySomeoneStaysTheirPartialQuote() {
        let q = quotes("Le maire a dénoncé une « trahison » des élus de l'opposition.")
        #expect(q.map(\.text) == ["trahison"])
        #expect(q.first?.kind == .partial)
    }
}
