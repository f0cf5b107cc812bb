/// Text from articles and users made safe to print on a terminal.
enum PrintableText {
    /// `text` on one line: line breaks and tabs as spaces, other control characters as their
    /// visible pictures (ESC → ␛), C1 controls as U+FFFD.
    static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c.value {
            case 0x0A, 0x0D, 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + c.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(c)
            }
        }
        return String(out)
    }
}
