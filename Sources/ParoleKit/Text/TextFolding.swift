/// Case- and accent-insensitive matching, one scalar for one scalar so that match positions
/// are offsets into the original text.
public enum TextFolding {
    /// `scalar` lower-cased with its accent removed ("É" → "e"); other scalars unchanged.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar
        }
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": return "'"
        case "\u{00A0}", "\u{202F}": return " "
        case "\u{0153}", "\u{0152}": return "\u{0153}"
        case "\u{00E6}", "\u{00C6}": return "\u{00E6}"
        default: break
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        let base = lower.first ?? scalar
        if base.value < 0xC0 { return base }
        return LatinBase.table[base.value] ?? base
    }

    /// The folded scalars of `text`.
    public static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.map(fold)
    }

    /// Offsets where `needle` starts in `haystack`, non-overlapping, in order.
    public static func matches(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count {
                    out.append(i)
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Whether `needle` occurs in `haystack` once both are folded.
    public static func contains(_ haystack: some StringProtocol, _ needle: some StringProtocol) -> Bool {
        let n = fold(needle)
        return n.isEmpty || !matches(of: n, in: fold(haystack)).isEmpty
    }
}

/// The base letter of precomposed Latin letters with diacritics.
private enum LatinBase {
    static let table: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
            ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
            ("o", "òóôõöøōŏő"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"),
            ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ]
        for (base, letters) in groups {
            for letter in letters.unicodeScalars { table[letter.value] = base }
        }
        return table
    }()
}
