import Testing

@testable import ParoleKit

@Suite("Analysis language")
struct AnalysisLanguageTests {
    @Test("French is supported under its codes, others get a notice naming both from the resource")
    func notice() {
        #expect(AnalysisLanguage.supportedCodes.contains(Language.french.code))
        #expect(AnalysisLanguage.name(of: "fr") == "French")
        #expect(AnalysisLanguage.name(of: "xx") == "xx")
        #expect(
            AnalysisLanguage.supports("fr") && AnalysisLanguage.supports("FR-ca")
                && AnalysisLanguage.supports(nil))
        #expect(AnalysisLanguage.notice(for: "fr") == nil)
        #expect(AnalysisLanguage.notice(for: "de") == "analysis supports French only (this article: de)")
    }
}
