import Foundation
import Testing

@testable import ParoleSources

/// Language names come from the names resource, not from the system's locale data.
@Suite struct LanguageNameTests {
    @Test func namesComeFromTheResource() {
        #expect(LanguageGuesser.name(of: "fr") == "French")
        #expect(LanguageGuesser.name(of: "DE") == "German")
        #expect(LanguageGuesser.name(of: "xx") == "xx")
    }

    @Test func everyLanguageTheGuesserTellsHasAName() {
        #expect(!LanguageGuesser.codes.isEmpty)
        for code in LanguageGuesser.codes {
            #expect(LanguageGuesser.name(of: code) != code, "no name for \(code)")
        }
    }
}
