import Foundation

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
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let big = data.starts(with: [0xFE, 0xFF])
            let text = String(data: data.dropFirst(2), encoding: big ? .utf16BigEndian : .utf16LittleEndian)
            return Decision(data: Data((text ?? "").utf8), encoding: "UTF-8")
        }
        if String(validating: data, as: UTF8.self) != nil { return Decision(data: data, encoding: "UTF-8") }
        if let declared = httpCharset.map(normalized), !declared.isEmpty, declared != "UTF-8" {
            return Decision(data: data, encoding: declared)
        }
        if let declared = declaredCharset(data).map(normalized), declared != "UTF-8" {
            return Decision(data: data, encoding: declared)
        }
        return Decision(
            data: data, encoding: "windows-1252",
            warning: "not valid UTF-8 and no charset declared; read as Windows-1252")
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
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`).
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(8192), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let range = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = range.upperBound
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
