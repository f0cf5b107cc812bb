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

    @Test func anEventBreakingOutOnADayIsNoStance() {
        #expect(Analyzer().quotes(inBody: "Un incendie s'est déclaré mardi au-dessus de Sierre.").isEmpty)
    }
}
