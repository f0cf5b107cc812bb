/// Text from the network (feed titles, server messages) made safe to print on one terminal line:
/// C0 and C1 control characters and DEL are removed (so no escape sequence reaches the
/// terminal), tabs and line breaks become spaces. The feed commands print through this one
/// place, to be swapped for the project's shared sanitiser when it lands.
enum TerminalLine {
    /// `text` without control characters, on one line.
    static func safe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
