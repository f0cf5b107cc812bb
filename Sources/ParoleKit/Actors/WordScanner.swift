/// The words of an article around a position, lower case, with elisions cut off ("l'actrice"
/// → "l'", "actrice") and commas as words of their own; a line break ends the search.
struct WordScanner {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// How far a search reads for each word it looks for: far beyond any real word, so that a
    /// line without spaces (a hostile input of a megabyte) is not read whole at every call.
    private static let reachPerWord = 256

    /// Whether the text at `span` starts with a lower-case letter (a role phrase, not a name).
    func startsLowercase(_ span: Span) -> Bool {
        guard span.start >= 0, span.start < scalars.count else { return false }
        return scalars[span.start].properties.isLowercase
    }

    /// Up to `count` words ending before `offset`, in text order.
    func words(before offset: Int, count: Int) -> [String] {
        let high = min(max(offset, 0), scalars.count)
        let floor = max(0, high - (count + 2) * Self.reachPerWord)
        var low = high
        var seen = 0
        while low > floor, seen <= count + 1, scalars[low - 1] != "\n" {
            low -= 1
            if scalars[low] == " " { seen += 1 }
        }
        var words = split(low, high)
        // The first word may be cut; it is dropped unless the search reached a line's start.
        if low > 0, scalars[low - 1] != "\n", scalars[low] != " ", !words.isEmpty { words.removeFirst() }
        return Array(words.suffix(count))
    }

    /// Up to `count` words starting at `offset`.
    func words(after offset: Int, count: Int) -> [String] {
        let low = min(max(offset, 0), scalars.count)
        let ceiling = min(scalars.count, low + (count + 2) * Self.reachPerWord)
        var high = low
        var seen = 0
        while high < ceiling, seen <= count + 1, scalars[high] != "\n" {
            if scalars[high] == " " { seen += 1 }
            high += 1
        }
        return Array(split(low, high).prefix(count))
    }

    /// The words inside `span`.
    func words(in span: Span) -> [String] {
        split(min(max(span.start, 0), scalars.count), min(max(span.end, 0), scalars.count))
    }

    private func split(_ low: Int, _ high: Int) -> [String] {
        guard low < high else { return [] }
        var out: [String] = []
        var word = String.UnicodeScalarView()
        // The scalars in `word`, counted as they are added (counting the view walks it).
        var length = 0
        func flush() {
            guard !word.isEmpty else { return }
            var text = String(word).lowercased()
            // A sentence's final period is no part of the word; an initial's ("M.") is.
            if text.hasSuffix("."), text.count > 2 { text.removeLast() }
            out.append(text)
            word = String.UnicodeScalarView()
            length = 0
        }
        for scalar in scalars[low..<high] {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                || scalar == "."
            {
                word.append(scalar)
                length += 1
            } else if scalar == "'" || scalar == "’" {
                word.append("'")
                length += 1
                if length <= 3 { flush() }
            } else {
                flush()
                if scalar == "," { out.append(",") }
            }
        }
        flush()
        return out
    }
}
