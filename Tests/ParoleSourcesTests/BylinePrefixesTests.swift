import Testing

@testable import ParoleSources

@Suite("Byline prefixes")
struct BylinePrefixesTests {
    @Test("the byline words come from the resource and are stripped before an author's name")
    func strip() {
        #expect(BylinePrefixes.words.contains("by"))
        #expect(BylinePrefixes.words.contains("par"))
        #expect(BylinePrefixes.strip("By Jane Doe") == "Jane Doe")
        #expect(BylinePrefixes.strip("par Jean Dupont ") == "Jean Dupont")
        #expect(BylinePrefixes.strip("Von Anna Schmidt") == "Anna Schmidt")
        // A name that merely starts with the letters stays whole.
        #expect(BylinePrefixes.strip("Byron Parker") == "Byron Parker")
        #expect(BylinePrefixes.strip("Paris Match") == "Paris Match")
    }
}
