import Testing

@testable import ParoleLibrary

@Suite("Gold file names")
struct GoldFileNameTests {
    @Test("a title in another script gives a name that no shell tool takes for an option")
    func noLeadingDash() {
        #expect(GoldFile.fileName("Żółć i ćma") == "i--ma")
        #expect(!GoldFile.fileName("«Élan» vital").hasPrefix("-"))
        #expect(!GoldFile.fileName(".-.caché").hasPrefix("."))
        #expect(GoldFile.fileName("---") == "article")
        #expect(GoldFile.fileName("moscou") == "moscou")
    }
}
