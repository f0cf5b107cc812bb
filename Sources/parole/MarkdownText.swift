/// Text of an article written into Markdown as the words it is: characters that Markdown would
/// read as markup are escaped with a backslash, so that a paragraph opening with "1." or "#",
/// or words between asterisks or double tildes, or a written "&amp;", stay a plain paragraph of
/// the same words (CommonMark: a backslash before ASCII punctuation shows the punctuation, so
/// "\&amp;" shows "&amp;" rather than "&", and "\~\~" no strikethrough in GitHub Markdown).
enum MarkdownText {
    /// `text` with the markup characters escaped: `\`, `*`, `_`, `` ` ``, `<`, `[`, `]`, `&`
    /// (an entity reference), `~` (strikethrough) anywhere, and at its start a block marker (`#`, `>`, `-`, `+`, `=`, `|`, or a number
    /// followed by `.` or `)`).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if "\\*_`<[]&~".contains(character) { out.append("\\") }
            out.append(character)
        }
        if let first = out.first, "#>-+=|".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = out.index(out.startIndex, offsetBy: digits.count)
            if after < out.endIndex, out[after] == "." || out[after] == ")" {
                out.insert("\\", at: after)
            }
        }
        return out
    }
}
