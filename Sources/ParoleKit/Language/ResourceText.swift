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
        var text = text
        // Scanned through one pointer to the bytes (the generic searches of `String.UTF8View`
        // go index by index), then cut at the byte offsets found: the separators are ASCII, so
        // each offset is on a scalar's first byte.
        var found: [(number: Int, first: Int, stop: Int)] = []
        text.withUTF8 { bytes in
            let count = bytes.count
            var number = 0
            var start = 0
            while start < count {
                number += 1
                var end = start
                var stop = -1
                while end < count, bytes[end] != 0x0A {
                    if stop < 0, bytes[end] == 0x23 { stop = end }
                    end += 1
                }
                if stop < 0 { stop = end }
                var first = start
                while first < stop, isBlank(bytes[first]) { first += 1 }
                while stop > first, isBlank(bytes[stop - 1]) { stop -= 1 }
                if first < stop { found.append((number, first, stop)) }
                start = end + 1
            }
        }
        let utf8 = text.utf8
        return found.map { line in
            let first = utf8.index(utf8.startIndex, offsetBy: line.first)
            let stop = utf8.index(first, offsetBy: line.stop - line.first)
            return (line.number, Substring(utf8[first..<stop]))
        }
    }

    /// The lines of a file of `[name]` sections, each cut into its words, by section; and the
    /// first problem found, if any: a line before any section, or one of `required` missing.
    /// `name` is the file's, for the message.
    static func sections(_ text: String, name: String, required: [String]) -> (
        sections: [String: [[String]]], problem: String?
    ) {
        var sections: [String: [[String]]] = [:]
        var current: String? = nil
        for line in lines(text) {
            if line.text.hasPrefix("[") && line.text.hasSuffix("]") {
                let section = String(line.text.dropFirst().dropLast())
                current = section
                sections[section] = sections[section] ?? []
                continue
            }
            guard let current else {
                return (sections, "\(name):\(line.number): a line before any [section]")
            }
            sections[current, default: []].append(words(line.text))
        }
        if let missing = required.first(where: { sections[$0] == nil }) {
            return (sections, "\(name): missing section [\(missing)]")
        }
        return (sections, nil)
    }

    /// The words of `line`, separated by spaces or tabs.
    static func words(_ line: Substring) -> [String] {
        var line = line
        return line.withUTF8 { bytes in
            var words: [String] = []
            var i = 0
            while i < bytes.count {
                while i < bytes.count, isBlank(bytes[i]) { i += 1 }
                let start = i
                while i < bytes.count, !isBlank(bytes[i]) { i += 1 }
                if i > start {
                    words.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                }
            }
            return words
        }
    }

    /// Whether `byte` is a space, a tab or a carriage return.
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
