/// Text made safe to write to a terminal or to standard error: the one sanitiser every command
/// uses for what it prints from articles, file names, URLs or the library.
///
/// Nothing that a terminal would act on gets through: C0 controls become their visible control
/// pictures (ESC → ␛, BEL → ␇), DEL becomes ␡, C1 controls (U+0080–U+009F, which some terminals
/// read as CSI, OSC…) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069, which can make text read differently from what it is) become U+FFFD (�).
/// Format characters and the zero-width joiners (``ScalarControlClass``) are drawn as nothing
/// and move no cursor: they stay. Text without any of them is returned as it is, without copying.
///
/// Machine formats written to a pipe keep the text exact instead: JSON escapes these characters
/// (``escapingJSON(_:)``), and CSV is sanitised only when it goes to a terminal.
public enum TerminalSafeText {
    /// `text` on one line: line breaks, tabs and the Unicode line and paragraph separators
    /// (U+2028, U+2029) become spaces, every other control character or bidi control a visible
    /// placeholder.
    public static func line(_ text: String) -> String {
        sanitized(text, keepingLineBreaks: false)
    }

    /// `text` with its line breaks and tabs kept, the Unicode line and paragraph separators
    /// written as line breaks, every other control character or bidi control a visible
    /// placeholder (a CR becomes ␍, so that it cannot overwrite the line).
    public static func lines(_ text: String) -> String {
        sanitized(text, keepingLineBreaks: true)
    }

    /// Whether `scalar` is one a terminal could act on: a C0 or C1 control, DEL, or a bidi
    /// embedding, override or isolate (``ScalarControlClass/actsOnTerminal``). Format
    /// characters and joiners are drawn as nothing and stay.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        ScalarControlClass.actsOnTerminal(scalar)
    }

    /// The visible stand-in for an unsafe scalar.
    @inline(__always)
    public static func placeholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    /// JSON text (UTF-8) with DEL, the C1 controls and the bidi controls written as `\uXXXX`
    /// escapes: the same JSON value, nothing a terminal acts on. JSON encoders already escape
    /// the C0 controls; these characters can only occur inside strings, so the escape is exact.
    public static func escapingJSON(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var copying = false
        var i = 0
        let n = json.count
        func escape(_ v: UInt32) {
            out.append(contentsOf: Array("\\u".utf8))
            for shift in stride(from: 12, through: 0, by: -4) {
                out.append(Array("0123456789abcdef".utf8)[Int((v >> UInt32(shift)) & 0xF)])
            }
        }
        while i < n {
            let b = json[i]
            if b == 0x7F {
                if !copying {
                    out.append(contentsOf: json[..<i])
                    copying = true
                }
                escape(0x7F)
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, json[i + 1] >= 0x80, json[i + 1] < 0xA0 {
                if !copying {
                    out.append(contentsOf: json[..<i])
                    copying = true
                }
                escape(UInt32(json[i + 1]))
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n,
                (json[i + 1] == 0x80 && (0xAA...0xAE).contains(json[i + 2]))
                    || (json[i + 1] == 0x81 && (0xA6...0xA9).contains(json[i + 2]))
            {
                if !copying {
                    out.append(contentsOf: json[..<i])
                    copying = true
                }
                escape(0x2000 | (UInt32(json[i + 1] & 0x3F) << 6) | UInt32(json[i + 2] & 0x3F))
                i += 3
                continue
            }
            if copying { out.append(b) }
            i += 1
        }
        return copying ? out : json
    }

    private static func sanitized(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || ScalarControlClass.isSeparator($0) })
        else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) || ScalarControlClass.isSeparator(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x0A, 0x09: out.append(keepingLineBreaks ? scalar : " ")
            case 0x0D where !keepingLineBreaks: out.append(" ")
            case 0x2028, 0x2029: out.append(keepingLineBreaks ? "\n" : " ")
            default: out.append(placeholder(scalar))
            }
        }
        return String(out)
    }
}
