import Foundation

/// An input without text: nothing at all, white space only, or a byte order mark alone. Every
/// command refuses it the same way, as an error (exit status 1) with one line on standard error
/// and nothing on standard output: `analyze` in each of its formats and its batch lines, `add`,
/// `extract` and the reader. An empty file is most often a download or a redirection that went
/// wrong; an empty analysis printed with status 0 would hide that.
enum EmptyInput {
    /// The reason printed after the input's name: `parole: FILE: empty, no article in it`.
    static let message = "empty, no article in it"

    /// Whether the bytes `data` hold no text (white space, or a UTF-8 byte order mark alone).
    static func isEmpty(_ data: Data) -> Bool {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// Whether the decoded `text` holds no text (white space only).
    static func isEmpty(text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }
}
