import Testing

@testable import ParoleKit

/// A label noun makes the words in quotation marks a name only when the marks name the thing:
/// "la loi « Travail »", "le terme « … »". After a qualifying verb ("a qualifié la loi de « … »"),
/// after "une sorte de" or before evaluative words, the words are the speaker's partial quote.
/// Sentences written for these tests.
@Suite struct QualifiedLabelNounTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    func partials(_ text: String) -> [String] { quotes(text).filter { $0.kind == .partial }.map(\.text) }

    @Test func whatASpeakerCallsALawIsTheirPartialQuote() {
        #expect(partials("Le député a qualifié la loi de « scandaleuse ».") == ["scandaleuse"])
        #expect(partials("Le député a qualifié cette loi de « texte scandaleux ».") == ["texte scandaleux"])
        #expect(partials("Le maire a qualifié le volet social de « coquille vide ».") == ["coquille vide"])
        #expect(
            partials("La sénatrice a qualifié le plan de « mirage budgétaire ».") == ["mirage budgétaire"])
    }

    @Test func aHedgeBeforeTheMarksIsNoLabel() {
        #expect(
            partials("Le syndicat parle d'une sorte de « chantage permanent ».") == ["chantage permanent"])
    }

    @Test func wordsJudgingALawStayPartialQuotes() {
        #expect(partials("Le député a qualifié la réforme de « honteuse ».") == ["honteuse"])
        #expect(partials("Le député a jugé l'amendement « inacceptable ».") == ["inacceptable"])
        #expect(
            partials("Le sénateur a dénoncé la loi « injuste et dangereuse ».") == ["injuste et dangereuse"])
    }

    @Test func theNameOfALawRightBeforeTheMarksIsNoQuote() {
        #expect(quotes("La ministre a défendu la loi « Travail » devant les députés.").isEmpty)
        #expect(quotes("Les élus ont voté l'amendement « Vivien » dans la nuit.").isEmpty)
    }
}
