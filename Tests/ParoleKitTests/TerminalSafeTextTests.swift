import Foundation
import ParoleKit
import Testing

@Suite struct TerminalSafeTextTests {
    @Test func controlsBecomeVisiblePlaceholders() {
        let text = "a\u{1B}[2Jb\u{07}c\u{7F}d\u{9B}e\u{202E}f\u{2067}g\tz\nq\r"
        #expect(
            TerminalSafeText.line(text) == "a\u{241B}[2Jb\u{2407}c\u{2421}d\u{FFFD}e\u{FFFD}f\u{FFFD}g z q ")
        #expect(
            TerminalSafeText.lines(text)
                == "a\u{241B}[2Jb\u{2407}c\u{2421}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\tz\nq\u{240D}")
    }

    @Test func lineAndParagraphSeparatorsBreakNoPrintedLine() {
        let name = "Lucie\u{2028}Marchand\u{2029}Paris"
        #expect(TerminalSafeText.line(name) == "Lucie Marchand Paris")
        #expect(TerminalSafeText.lines(name) == "Lucie\nMarchand\nParis")
    }

    @Test func safeTextIsLeftAsItIs() {
        let text = "« Élysée », a dit l’ministre — 北京 😀 \u{200B}"
        #expect(TerminalSafeText.line(text) == text)
    }

    @Test func jsonEscapesKeepTheValue() throws {
        let value = ["t": "x\u{7F}y\u{85}z\u{202D}w\u{2069}é"]
        let data = try JSONEncoder().encode(value)
        let escaped = TerminalSafeText.escapingJSON(Array(data))
        let text = String(decoding: escaped, as: UTF8.self)
        #expect(
            text.contains("\\u007f") && text.contains("\\u0085") && text.contains("\\u202d")
                && text.contains("\\u2069"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x7F || $0.value == 0x85 || $0.value == 0x202D })
        let back = try JSONDecoder().decode([String: String].self, from: Data(escaped))
        #expect(back == value)
        let plain = Array(#"{"a":"é"}"#.utf8)
        #expect(TerminalSafeText.escapingJSON(plain) == plain)
    }
}
