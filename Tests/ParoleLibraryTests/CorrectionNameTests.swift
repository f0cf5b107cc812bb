import Testing

@testable import ParoleLibrary

/// The one check of a correction's names (import, `parole correct`, the reader's `e`): what
/// the library stores is bounded in characters and in bytes, and stays on one line.
struct CorrectionNameTests {
    @Test func namesPeopleHaveAreAccepted() {
        let names = [
            "Jean-Luc Mélenchon", "E\u{301}ric Dupond-Moretti", "Aïcha O’Neil",
            String(repeating: "a", count: 200),
            // 200 characters of four bytes each: 800 bytes, the most a name may take.
            String(repeating: "\u{1D49C}", count: 200),
            // A zero-width non-joiner, which Persian names need.
            "Mohammad Javad Zarif \u{645}\u{6CC}\u{200C}\u{62F}",
        ]
        for name in names { #expect(Correction.nameFault(name) == nil, "\(name)") }
    }

    @Test func aNameIsBoundedInCharactersAndInStoredBytes() {
        #expect(Correction.nameFault(String(repeating: "a", count: 201)) == "is longer than 200 characters")
        // One character of 400 KB, and one of 10 KB: few characters, far too many bytes.
        for marks in [200_000, 5_000] {
            let name = "a" + String(repeating: "\u{301}", count: marks)
            #expect(name.count == 1)
            #expect(Correction.nameFault(name) == "is longer than 800 bytes of UTF-8")
        }
    }

    @Test func aNameThatWouldBreakALineOrHideCharactersIsRefused() {
        for separator in [
            "\n", "\t", "\u{1B}", "\u{85}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{AD}", "\u{202E}",
            "\u{FEFF}",
        ] {
            #expect(
                Correction.nameFault("Jean\(separator)Dupont")
                    == "holds a line break, a control or a format character",
                "\(separator.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func anImportedCorrectionIsCheckedByTheSameRuleOnBothItsNames() {
        let merge = Correction(
            source: "a.txt", hash: "h", decision: .merge, speaker: "Jean Dupont", actor: "J. Dupont")
        #expect(merge.problem == nil)
        for key in ["speaker", "actor"] {
            var bad = merge
            if key == "speaker" { bad.speaker = "Jean\u{2028}Dupont" } else { bad.actor = "J.\u{2029}Dupont" }
            #expect(bad.problem == "\"\(key)\" holds a line break, a control or a format character")
        }
    }
}
