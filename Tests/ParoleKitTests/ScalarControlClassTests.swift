import ParoleKit
import Testing

/// The one classification behind the terminal sanitiser and the check of names, and the two
/// aims it keeps apart.
@Suite struct ScalarControlClassTests {
    @Test func eachClassHoldsTheScalarsItNames() {
        let expected: [(UInt32, ScalarControlClass)] = [
            (0x41, .plain), (0xE9, .plain), (0xA0, .plain), (0x2019, .plain), (0x202F, .plain),
            (0x4E2C, .plain), (0x1F600, .plain), (0x301, .plain),
            (0x00, .control), (0x09, .control), (0x0A, .control), (0x0D, .control), (0x1B, .control),
            (0x7F, .control), (0x85, .control), (0x9B, .control),
            (0x2028, .separator), (0x2029, .separator),
            (0x202A, .bidiControl), (0x202E, .bidiControl), (0x2066, .bidiControl), (0x2069, .bidiControl),
            (0x200C, .joiner), (0x200D, .joiner),
            (0xAD, .format), (0x200B, .format), (0x200E, .format), (0x200F, .format), (0x061C, .format),
            (0x2060, .format), (0xFEFF, .format), (0xE0041, .format),
        ]
        for (value, kind) in expected {
            #expect(ScalarControlClass(Unicode.Scalar(value)!) == kind, "U+\(String(value, radix: 16))")
        }
    }

    @Test func theClassAgreesWithTheUnicodeGeneralCategoryForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let kind = ScalarControlClass(scalar)
            switch scalar.properties.generalCategory {
            case .control: #expect(kind == .control, "U+\(String(value, radix: 16))")
            case .lineSeparator, .paragraphSeparator: #expect(kind == .separator)
            case .format:
                #expect([.bidiControl, .joiner, .format].contains(kind), "U+\(String(value, radix: 16))")
            default: #expect(kind == .plain, "U+\(String(value, radix: 16))")
            }
            // The value-only answer the sanitiser's loops use is the class's.
            if ScalarControlClass.actsOnTerminal(scalar) != kind.actsOnTerminal {
                Issue.record("U+\(String(value, radix: 16)): actsOnTerminal differs")
            }
        }
    }

    @Test func aTerminalActsOnControlsAndBidiControlsButNotOnFormatCharactersOrJoiners() {
        #expect(ScalarControlClass.control.actsOnTerminal)
        #expect(ScalarControlClass.bidiControl.actsOnTerminal)
        for kind in [ScalarControlClass.plain, .separator, .joiner, .format] { #expect(!kind.actsOnTerminal) }
        // What the sanitiser does with them: a soft hyphen and a joiner stay, a bidi override goes.
        #expect(
            TerminalSafeText.line("Ab\u{AD}c \u{1F469}\u{200D}\u{1F52C}")
                == "Ab\u{AD}c \u{1F469}\u{200D}\u{1F52C}")
        #expect(TerminalSafeText.line("a\u{202E}b") == "a\u{FFFD}b")
    }

    @Test func aNameRefusesEveryClassButPlainAndJoiners() {
        for kind in [ScalarControlClass.control, .separator, .bidiControl, .format] {
            #expect(kind.isRefusedInName)
        }
        #expect(!ScalarControlClass.plain.isRefusedInName)
        #expect(!ScalarControlClass.joiner.isRefusedInName)
    }
}
