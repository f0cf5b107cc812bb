/// Cuts the text of a language resource file into lines and words on its UTF-8 bytes.
///
/// The word lists, speech verbs and quote grammar are read by every process that analyses, at
/// start-up. Splitting them by `Character` (grapheme breaking on every letter) cost more than
/// the rest of their loading; their separators (newline, `#`, space, tab) are ASCII, so bytes
/// give the same lines and words.
enum ResourceText {
    /// The lines of `text` that hold something once their comment (from `#` to the end of the
    /// line) and surrounding spaces, tabs and carriage returns are removed, with their line numbers
    /// (1 for the first line).
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var out: [(number: Int, text: Substring)] = []
        let utf8 = text.utf8
        var number = 0
        var start = utf8.startIndex
        while start < utf8.endIndex {
            number += 1
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var stop = utf8[start..<end].firstIndex(of: UInt8(ascii: "#")) ?? end
            var first = start
            while first < stop, isBlank(utf8[first]) { first = utf8.index(after: first) }
            while stop > first, isBlank(utf8[utf8.index(before: stop)]) { stop = utf8.index(before: stop) }
            if first < stop { out.append((number, Substring(utf8[first..<stop]))) }
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return out
    }

    /// The words of `line`, separated by spaces or tabs.
    static func words(_ line: Substring) -> [String] {
        line.utf8.split(whereSeparator: isBlank).map { String(Substring($0)) }
    }

    /// Whether `byte` is a space, a tab or a carriage return.
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
