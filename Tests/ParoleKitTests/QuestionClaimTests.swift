import Testing

@testable import ParoleKit

/// A claim "selon X" / "pour X" in a question is asked, not attributed; the same claim stated
/// is an according quote. Sentences written for these tests.
@Suite struct QuestionClaimTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aQuestionAttributesNoClaim() {
        #expect(quotes("Pour un maire de petite commune, la fusion est-elle la seule issue ?").isEmpty)
        #expect(quotes("Comment le projet a-t-il pu dériver à ce point aux yeux de ses opposants ?").isEmpty)
    }

    @Test func theSameClaimStatedIsAnAccordingQuote() {
        let q = quotes("Pour le maire de Vierzon, la fusion est la seule issue.")
        #expect(q.map(\.kind) == [.according])
        #expect(q.first?.text == "la fusion est la seule issue")
    }
}
