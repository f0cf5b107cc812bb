import Testing

@testable import ParoleKit

/// "se dire" + one adjective closed by punctuation is a stance report, as with longer phrases.
/// A sentence written for this test.
@Suite struct OneWordStanceTests {
    @Test func aReflexiveStanceVerbWithOneAdjectiveReports() {
        let q = Analyzer().quotes(inBody: "Le club de natation de Vierzon se dit trahi.")
        #expect(q.map(\.text) == ["trahi"])
        #expect(q.first?.kind == .indirect)
    }
}
