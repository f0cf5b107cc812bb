import Foundation

/// Why bytes could not be turned into an article.
public enum ArticleDecodingError: Error, Equatable, CustomStringConvertible {
    /// The bytes hold NUL characters: this is binary data, not text.
    case binary
    /// The bytes start with the byte order mark of `encoding`, but what follows is neither text
    /// in that encoding nor UTF-8.
    case unreadableAfterMark(WideEncoding)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .binary: return "binary data (NUL bytes), not a text article"
        case .unreadableAfterMark(let encoding):
            return
                "starts with a \(encoding.name) byte order mark, but is neither \(encoding.name) nor UTF-8 text"
        }
    }
}

/// The text decoded from an article's bytes, and what the decoder had to do.
public struct DecodedArticle: Sendable, Equatable {
    /// The article's text: UTF-8 decoded (or Windows-1252 as a fallback), without a byte
    /// order mark, with CR LF and lone CR written as LF.
    public var text: String
    /// Set when the bytes were not valid UTF-8 and were read as Windows-1252.
    public var usedFallbackEncoding: Bool
    /// How many ill-formed bytes of otherwise UTF-8 text were read as U+FFFD.
    public var replacedBytes = 0
    /// The encoding whose byte order mark the bytes started with, when what followed was UTF-8
    /// and was read as such.
    public var ignoredMark: WideEncoding?

    /// The one-line warnings about the decoding: a fallback to Windows-1252, bytes replaced, a
    /// byte order mark ignored.
    public var warnings: [String] {
        var warnings: [String] = []
        if usedFallbackEncoding { warnings.append("not valid UTF-8; read as Windows-1252") }
        if replacedBytes > 0 { warnings.append(ArticleDecoder.replacedBytesWarning(replacedBytes)) }
        if let ignoredMark {
            warnings.append("starts with a \(ignoredMark.name) byte order mark, but is UTF-8; read as UTF-8")
        }
        return warnings
    }
}

/// The encodings other than UTF-8 that are recognised by their byte order mark.
public enum WideEncoding: Sendable, Equatable {
    case utf16LittleEndian, utf16BigEndian, utf32LittleEndian, utf32BigEndian

    /// The encoding's name, as a warning gives it.
    public var name: String {
        switch self {
        case .utf16LittleEndian: return "UTF-16LE"
        case .utf16BigEndian: return "UTF-16BE"
        case .utf32LittleEndian: return "UTF-32LE"
        case .utf32BigEndian: return "UTF-32BE"
        }
    }

    /// The length of the byte order mark.
    public var markLength: Int {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian: return 2
        case .utf32LittleEndian, .utf32BigEndian: return 4
        }
    }
}

/// Turns an article's raw bytes into text.
///
/// UTF-16 and UTF-32 text with a byte order mark is decoded as such (ill-formed units become
/// U+FFFD) when what follows the mark reads in that encoding: it holds a zero byte (every
/// UTF-32 text does, and every UTF-16 text with a Latin letter, a space or a line break), or it
/// is well-formed in that encoding and is not UTF-8. What follows a mark and is UTF-8 without a
/// zero byte is read as UTF-8, with a warning (bytes FF FE before a UTF-8 text, read as UTF-16,
/// were garbage); what is neither is refused with a one-line error. Otherwise UTF-8 first; bytes that are not valid UTF-8 are read as Windows-1252 (the
/// usual encoding of French text that is not UTF-8), unless the text holds more well-formed
/// UTF-8 characters than ill-formed bytes: then it is UTF-8 with a few damaged bytes, which
/// become U+FFFD (read as Windows-1252, every accent of the article would be garbled instead).
/// Data with NUL characters is refused.
public enum ArticleDecoder {
    /// The UTF-16 or UTF-32 encoding announced by the byte order mark `data` starts with.
    public static func wideEncoding(of data: some Collection<UInt8>) -> WideEncoding? {
        // The first four bytes (a missing one reads as 0x100, which matches no mark byte).
        var head: (UInt16, UInt16, UInt16, UInt16) = (0x100, 0x100, 0x100, 0x100)
        var i = data.startIndex
        for k in 0..<4 where i != data.endIndex {
            let b = UInt16(data[i])
            switch k {
            case 0: head.0 = b
            case 1: head.1 = b
            case 2: head.2 = b
            default: head.3 = b
            }
            data.formIndex(after: &i)
        }
        if head == (0xFF, 0xFE, 0, 0) { return .utf32LittleEndian }
        if head == (0, 0, 0xFE, 0xFF) { return .utf32BigEndian }
        if head.0 == 0xFF && head.1 == 0xFE { return .utf16LittleEndian }
        if head.0 == 0xFE && head.1 == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// Decodes `data`.
    public static func decode(_ data: some Collection<UInt8>) throws(ArticleDecodingError) -> DecodedArticle {
        var bytes = Array(data)
        var ignoredMark: WideEncoding?
        if let wide = wideEncoding(of: bytes), !readsAsWide(bytes, wide) {
            guard String(validating: bytes[wide.markLength...], as: UTF8.self) != nil else {
                throw .unreadableAfterMark(wide)
            }
            ignoredMark = wide
            bytes.removeFirst(wide.markLength)
        } else if let wide = wideEncoding(of: bytes) {
            var text = decodeWide(bytes, wide)
            if text.unicodeScalars.contains("\u{0}") { throw .binary }
            if text.utf8.contains(13) {
                text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
                    of: "\r", with: "\n")
            }
            return DecodedArticle(text: text, usedFallbackEncoding: false)
        }
        if bytes.contains(0) { throw .binary }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var fallback = false
        var replaced = 0
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            let counts = utf8Counts(bytes)
            if counts.wellFormed > counts.illFormed {
                replaced = counts.illFormed
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                if looksBinary(bytes) { throw .binary }
                fallback = true
                text = decodeWindows1252(bytes)
            }
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
                of: "\r", with: "\n")
        }
        return DecodedArticle(
            text: text, usedFallbackEncoding: fallback, replacedBytes: replaced, ignoredMark: ignoredMark)
    }

    /// Whether the bytes after the mark of `encoding` that `bytes` start with read as that
    /// encoding: nothing, or a zero byte among them, or well-formed units that are not UTF-8.
    public static func readsAsWide(_ bytes: [UInt8], _ encoding: WideEncoding) -> Bool {
        let body = bytes[encoding.markLength...]
        if body.isEmpty || body.contains(0) { return true }
        if String(validating: body, as: UTF8.self) != nil { return false }
        switch encoding {
        case .utf32LittleEndian, .utf32BigEndian:
            return false  // A UTF-32 scalar's high byte is zero.
        case .utf16LittleEndian, .utf16BigEndian:
            guard body.count % 2 == 0 else { return false }
            var iterator = utf16Units(body, bigEndian: encoding == .utf16BigEndian).makeIterator()
            var parser = UTF16.ForwardParser()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// The one-line warning for `count` ill-formed bytes read as U+FFFD.
    public static func replacedBytesWarning(_ count: Int) -> String {
        "\(count) \(count == 1 ? "byte" : "bytes") not valid UTF-8, shown as \u{FFFD}"
    }

    /// Whether bytes that are not UTF-8 are binary data rather than Windows-1252 text: more than
    /// one in fifty of their first 64 KiB are control characters other than tab, line breaks
    /// and form feed (text has next to none; random bytes one in ten).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(65536)
        let controls = head.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }
        return controls >= 16 && controls * 50 > head.count
    }

    /// How many well-formed UTF-8 characters of two to four bytes `bytes` holds, and how many
    /// bytes over 0x7F are not part of one.
    static func utf8Counts(_ bytes: [UInt8]) -> (wellFormed: Int, illFormed: Int) {
        var wellFormed = 0
        var illFormed = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length =
                lead >= 0xC2 && lead <= 0xDF
                ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if length > 0, i + length <= bytes.count,
                String(validating: bytes[i..<i + length], as: UTF8.self) != nil
            {
                wellFormed += 1
                i += length
            } else {
                illFormed += 1
                i += 1
            }
        }
        return (wellFormed, illFormed)
    }

    /// The UTF-16 code units of `body`, two bytes each (a trailing odd byte left out).
    private static func utf16Units(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return units
    }

    /// UTF-16 or UTF-32 `bytes` (after their byte order mark) as text; a trailing odd byte and
    /// ill-formed units become U+FFFD.
    private static func decodeWide(_ bytes: [UInt8], _ encoding: WideEncoding) -> String {
        let body = bytes[encoding.markLength...]
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            let units = utf16Units(body, bigEndian: encoding == .utf16BigEndian)
            var text = String(decoding: units, as: UTF16.self)
            if body.count % 2 == 1 { text.append("\u{FFFD}") }
            return text
        case .utf32LittleEndian, .utf32BigEndian:
            let big = encoding == .utf32BigEndian
            var scalars = String.UnicodeScalarView()
            var i = body.startIndex
            while i + 3 < body.endIndex {
                let b = (0..<4).map { UInt32(body[i + $0]) }
                let v =
                    big
                    ? (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3])
                    : (b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0])
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += 4
            }
            if i < body.endIndex { scalars.append("\u{FFFD}") }
            return String(scalars)
        }
    }

    /// The Windows-1252 characters for bytes 0x80–0x9F; the rest of the range is Latin-1.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let v = (b >= 0x80 && b <= 0x9F) ? high[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }
}
