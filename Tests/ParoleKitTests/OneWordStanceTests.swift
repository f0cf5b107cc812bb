import Testing

@testable import ParoleKit

/// "se dire" + one adjective closed by punctuation is a stance report, as with longer phrases;
/// "se déclarer" after a day is an event breaking out. Sentences written for these tests.
@Suite struct OneWordStanceTests {
    @Test func aReflexiveStanceVerbWithOneAdjectiveReports() {
        let q = Analyzer().quotes(inBody: "Le club de natation de Vierzon se dit trahi.")
        #expect(q.map(\.text) == ["trahi"])
        #expect(q.first?.kind == .indirect)
    }

    @Test(arguments: [
        ("Un incendie s'est déclaré tôt.", [String]()),
        ("Le feu s'est déclaré là.", []),
        ("La maire s'est dite soulagée.", ["soulagée"]),
        ("Le gardien s'est déclaré favorable.", ["favorable"]),
    ])
    func anAdverbOfTimeOrPlaceAloneIsNoStance(_ text: String, _ expected: [String]) {
        #expect(Analyzer().quotes(inBody: text).map(\.text) == expected)
    }

    @Test func anEventBreakingOutOnADayIsNoStance() {
        #expect(Analyzer().quotes(inBody: "Un incendie s'est déclaré mardi au-dessus de Sierre.").isEmpty)
    }
}
