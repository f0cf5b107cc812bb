import Testing

@testable import ParoleKit

/// The words the gender estimate reads around an actor's mentions.
@Suite struct WordScannerTests {
    @Test func wordsAroundAPositionAreLowerCaseWithElisionsCutOff() {
        let text = "Selon l'actrice, Marie Dupont a dit. Puis\nune autre ligne"
        let scanner = WordScanner(text)
        let mention =
            text.unicodeScalars.count - "Marie Dupont a dit. Puis\nune autre ligne".unicodeScalars.count
        #expect(scanner.words(before: mention, count: 3) == ["l'", "actrice", ","])
        #expect(scanner.words(after: mention, count: 3) == ["marie", "dupont", "a"])
        // A line break ends the search.
        #expect(scanner.words(after: mention + 20, count: 5) == ["puis"])
    }

    @Test func aLongLineWithoutSpacesIsNotReadWholeAtEveryCall() {
        // A megabyte of letters and apostrophes on one line: each call read the whole line and
        // counted the growing word at each apostrophe (quadratic): `parole add` of 240 KB of
        // such text took 11 s, where `analyze` took 0.1 s.
        let line = String(repeating: "abcdefgh'ijk", count: 40_000)
        let scanner = WordScanner("Titre\n" + line + " fin")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for offset in stride(from: 10, to: 400_000, by: 4_000) {
                _ = scanner.words(before: offset, count: 3)
                _ = scanner.words(after: offset, count: 3)
            }
        }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
