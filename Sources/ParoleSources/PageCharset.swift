import Foundation
import ParoleKit

/// Decides the character set of a page's bytes: a byte order mark first, then valid UTF-8,
/// then the HTTP `Content-Type` charset, then the page's own `meta charset` or `http-equiv`
/// declaration, and Windows-1252 (what browsers assume) when nothing says.
enum PageCharset {
    /// What was decided.
    struct Decision: Equatable {
        /// The bytes to parse (UTF-16 pages are turned into UTF-8).
        var data: Data
        /// The encoding name handed to the parser.
        var encoding: String
        /// A warning when the encoding was guessed.
        var warning: String?
    }

    /// The encoding of `data`; `httpCharset` is the `charset` parameter of the HTTP header.
    static func decide(_ data: Data, httpCharset: String? = nil) -> Decision {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return Decision(data: data, encoding: "UTF-8") }
        // A UTF-16 mark before what is UTF-8 (no zero byte) is a stray: the page is UTF-8.
        if let wide = ArticleDecoder.wideEncoding(of: data), !ArticleDecoder.readsAsWide(Array(data), wide) {
            let page = Data(data.dropFirst(wide.markLength))
            if isValidUTF8(page) {
                return Decision(
                    data: page, encoding: "UTF-8",
                    warning: "starts with a \(wide.name) byte order mark, but is UTF-8; read as UTF-8")
            }
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let big = data.starts(with: [0xFE, 0xFF])
            let text = String(data: data.dropFirst(2), encoding: big ? .utf16BigEndian : .utf16LittleEndian)
            return Decision(data: Data((text ?? "").utf8), encoding: "UTF-8")
        }
        if isValidUTF8(data) { return Decision(data: data, encoding: "UTF-8") }
        // A declared UTF-8 is believed when most of the page's non-ASCII bytes are UTF-8 (a
        // stray invalid byte in a UTF-8 page), and skipped otherwise (a Latin-1 page that
        // claims UTF-8).
        var utf8Believed: Bool?
        func believesUTF8() -> Bool {
            if let utf8Believed { return utf8Believed }
            let tally = utf8Tally(data)
            utf8Believed = tally.valid > tally.invalid
            return tally.valid > tally.invalid
        }
        // The page's own declaration was read as ASCII: one naming a charset that does not write
        // a declaration's ASCII as ASCII (UTF-16, UTF-32, EBCDIC, UTF-7) cannot be true, nor can
        // an HTTP header naming one for a page whose markup is ASCII. Such a charset is read as
        // UTF-8, as browsers read a declared UTF-16: believed when most non-ASCII bytes are UTF-8.
        var falseDeclaration: (name: String, written: String)?
        func checked(_ declared: String?, written: String, pageIsASCII: () -> Bool) -> String? {
            guard let name = declared, name != "UTF-8", !writesASCIIAsItself(name), pageIsASCII() else {
                return declared
            }
            falseDeclaration = falseDeclaration ?? (name, written)
            return "UTF-8"
        }
        let headerDeclaration = checked(httpCharset.map(normalized), written: "the page's markup does") {
            hasASCIIMarkup(data)
        }
        let ownDeclaration = checked(declaredCharset(data).map(normalized), written: "the declaration does") {
            true
        }
        for declared in [headerDeclaration, ownDeclaration] {
            guard let declared, !declared.isEmpty else { continue }
            if declared != "UTF-8" { return Decision(data: data, encoding: declared) }
            if believesUTF8() {
                return Decision(
                    data: Data(String(decoding: data, as: UTF8.self).utf8), encoding: "UTF-8",
                    warning: "invalid UTF-8 bytes in a page declared UTF-8; replaced")
            }
        }
        if let falseDeclaration {
            return Decision(
                data: data, encoding: "windows-1252",
                warning: "declares \(falseDeclaration.name), which does not write ASCII as ASCII "
                    + "(\(falseDeclaration.written)); read as Windows-1252")
        }
        return Decision(
            data: data, encoding: "windows-1252",
            warning: "not valid UTF-8 and no charset declared; read as Windows-1252")
    }

    /// The characters a charset declaration is written with: letters, digits, `<>="'-_ /;:` and
    /// the line feed. (Shift_JIS, JOHAB, HZ and the ISO 646 variants write `\`, `~` or `#` as
    /// other characters, and a page in them declares its charset in ASCII all the same.)
    static let declarationASCII: [UInt8] =
        Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
        + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array("<>=\"'-_ /;:\n".utf8)

    /// Whether the charset `name` writes the characters of a charset declaration as the same
    /// ASCII bytes (iconv is asked), and is not UTF-7 (which writes them so, but which HTML
    /// forbids user agents to support); true for a name iconv does not know, which is left to
    /// libxml2 as before.
    static func writesASCIIAsItself(_ name: String) -> Bool {
        if name.lowercased().filter({ $0.isLetter || $0.isNumber }).contains("utf7") { return false }
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return true }
        defer { iconv_close(converter) }
        var ascii = declarationASCII.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: ascii.count * 4)
        let converted = ascii.withUnsafeMutableBufferPointer { input -> Int? in
            output.withUnsafeMutableBufferPointer { out -> Int? in
                var inPointer = input.baseAddress
                var outPointer = out.baseAddress
                var inLeft = input.count
                var outLeft = out.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return out.count - outLeft
            }
        }
        return converted == ascii.count && Array(output.prefix(ascii.count)) == ascii
    }

    /// Whether the first kilobytes of `data` hold the start of an `html`, `head`, `meta` or
    /// `body` tag or a doctype written in ASCII: a page in UTF-16, UTF-32 or EBCDIC has none.
    static func hasASCIIMarkup(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(8192), as: UTF8.self).lowercased()
        return ["<html", "<head", "<meta", "<body", "<!doctype"].contains { head.contains($0) }
    }

    /// Whether `data` is well-formed UTF-8 (the byte sequences of the Unicode standard's table
    /// 3-7), checked in place, eight ASCII bytes at a time: making a `String` of the page to
    /// find out copied every page once more.
    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            var i = 0
            while i < n {
                if i + 8 <= n,
                    base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                    continue
                }
                let lead = bytes[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                // The continuation bytes a lead byte takes, and the range of the first one.
                let count: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: count = 1
                case 0xE0: (count, low) = (2, 0xA0)
                case 0xE1...0xEC, 0xEE...0xEF: count = 2
                case 0xED: (count, high) = (2, 0x9F)
                case 0xF0: (count, low) = (3, 0x90)
                case 0xF1...0xF3: count = 3
                case 0xF4: (count, high) = (3, 0x8F)
                default: return false
                }
                guard i + count < n else { return false }
                guard (low...high).contains(bytes[i + 1]) else { return false }
                for k in stride(from: 2, through: count, by: 1) where bytes[i + k] & 0xC0 != 0x80 {
                    return false
                }
                i += count + 1
            }
            return true
        }
    }

    /// The non-ASCII characters of `data` read as UTF-8 (`valid`) and the byte sequences that
    /// are not UTF-8 (`invalid`).
    static func utf8Tally(_ data: Data) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var bytes = data.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: break loop
            }
        }
        return (valid, invalid)
    }

    /// The name libxml2 is given for a declared charset: Latin-1 and ASCII are read as
    /// Windows-1252, as browsers do.
    static func normalized(_ name: String) -> String {
        let lower = name.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased()
        switch lower {
        case "utf-8", "utf8": return "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "cp1252":
            return "windows-1252"
        default: return lower
        }
    }

    /// The charset a page declares in its first kilobytes (`<meta charset=…>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`): a `charset=` inside a
    /// `meta` element, others skipped.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(8192), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let range = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = range.upperBound
            // Only a `meta` element declares the page's charset (a `script` or `link` may
            // carry a `charset` attribute of its own).
            guard let open = head[..<range.lowerBound].lastIndex(of: "<"), head[open...].hasPrefix("<meta")
            else { continue }
            var index = range.upperBound
            while index < head.endIndex, head[index] == " " { index = head.index(after: index) }
            guard index < head.endIndex, head[index] == "=" else { continue }
            index = head.index(after: index)
            while index < head.endIndex, head[index] == " " || head[index] == "\"" || head[index] == "'" {
                index = head.index(after: index)
            }
            let name = head[index...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }
}
