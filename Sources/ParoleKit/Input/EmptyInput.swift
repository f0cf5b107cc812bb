/// An input without text: nothing at all, white space only (of any kind: no-break spaces, form
/// feeds, ideographic spaces…), or byte order marks alone. Every command refuses it the same way,
/// as an error (exit status 1) with one line on standard error and nothing on standard output:
/// `analyze` in each of its formats and its batch lines, `add`, `extract` and the reader. An
/// empty file is most often a download or a redirection that went wrong; an empty analysis
/// printed with status 0 would hide that. Bytes and batch lines are judged alike: the bytes are
/// decoded as an article is (``ArticleDecoder``), then the text is judged by ``isEmpty(text:)``.
public enum EmptyInput {
    /// The reason printed after the input's name: `parole: FILE: empty, no article in it`.
    public static let message = "empty, no article in it"

    /// Whether the bytes `data`, decoded as an article is, hold no text. Bytes that cannot be
    /// decoded (binary data) are not empty: their decoding says what they are.
    public static func isEmpty(_ data: some Collection<UInt8>) -> Bool {
        // An ASCII byte other than white space is text in UTF-8 and in Windows-1252 alike (a
        // UTF-16 or UTF-32 text, known by its byte order mark, is decoded first).
        if ArticleDecoder.wideEncoding(of: data) == nil,
            data.contains(where: { $0 < 0x80 && !(0x09...0x0D).contains($0) && $0 != 0x20 })
        {
            return false
        }
        guard let decoded = try? ArticleDecoder.decode(data) else { return false }
        return isEmpty(text: decoded.text)
    }

    /// Whether the decoded `text` holds no text: white space (Unicode's) and byte order marks only.
    public static func isEmpty(text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }
}
