import Foundation

/// Cuts the attributes of a tag past the first ``limit`` before libxml2 reads a page or feed.
///
/// libxml2 (2.9) checks each attribute of a tag against every attribute before it for a
/// duplicate: a tag of 100,000 attributes (900 KB) took 9 s to parse, and the 20 MB an input
/// may hold would take hours. No real tag has a thousand attributes. The scan is one linear
/// pass over the bytes that reads tags as HTML and XML write them, and skips only the text no
/// parser reads tags in: comments (to `-->`, or to `--!>` in HTML), CDATA sections (in XML
/// only: the HTML parser reads their markup) and, in HTML only, the text of `script` and
/// `style` up to their end tag (the XML parser reads the tags there). A tag's name starts as
/// the parser reads it: in HTML with an ASCII letter (libxml2 2.9 reads `<_x` and `<éx` as
/// text), in XML also with `_`, `:` or a non-ASCII character. A construct that is never closed
/// is scanned on from after its opening, and a tag closed by `/>` has no text, so that no tag
/// the parser reads escapes the limit. The bytes are returned unchanged, without copying, when
/// no tag goes past the limit.
enum AttributeFlood {
    /// The most attributes a tag keeps.
    static let limit = 1_000

    /// `data` with the attributes of each tag past the first `limit` left out; `isXML` when
    /// `data` is read by the XML parser (a feed), whose CDATA sections hold no markup.
    static func limited(_ data: Data, limit: Int = Self.limit, isXML: Bool = false) -> Data {
        let cuts: [Range<Int>] = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return [] }
            return Self.cuts(UnsafeBufferPointer(start: base, count: raw.count), limit: limit, isXML: isXML)
        }
        guard !cuts.isEmpty else { return data }
        var out = Data()
        out.reserveCapacity(data.count)
        var from = 0
        for cut in cuts {
            out.append(data[data.startIndex + from..<data.startIndex + cut.lowerBound])
            from = cut.upperBound
        }
        out.append(data[(data.startIndex + from)...])
        return out
    }

    /// The byte ranges to leave out: in each tag, from its attribute number `limit + 1` to the
    /// end of its last attribute.
    private static func cuts(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, isXML: Bool) -> [Range<Int>] {
        let n = bytes.count
        var cuts: [Range<Int>] = []
        var i = 0

        func startsWith(_ text: StaticString, at position: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= n else { return false }
            let pattern = text.utf8Start
            for k in 0..<count {
                var byte = bytes[position + k]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != pattern[k] { return false }
            }
            return true
        }
        /// The position after the first `text` at or after `position`, or nil.
        func end(of text: StaticString, from position: Int) -> Int? {
            var p = position
            let first = text.utf8Start[0]
            while p < n {
                var byte = bytes[p]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte == first, startsWith(text, at: p) { return p + text.utf8CodeUnitCount }
                p += 1
            }
            return nil
        }
        /// The position after the end of the comment whose text starts at `position`: its first
        /// `-->`, or in HTML its first `--!>` when that comes before, as the HTML parser ends it.
        func commentEnd(from position: Int) -> Int? {
            var p = position
            while p + 2 < n {
                if bytes[p] == UInt8(ascii: "-"), bytes[p + 1] == UInt8(ascii: "-") {
                    if bytes[p + 2] == UInt8(ascii: ">") { return p + 3 }
                    if !isXML, bytes[p + 2] == UInt8(ascii: "!"), p + 3 < n, bytes[p + 3] == UInt8(ascii: ">")
                    {
                        return p + 4
                    }
                }
                p += 1
            }
            return nil
        }
        // For each construct whose text is skipped, the position from which its end is known to
        // be absent (one failed search is not repeated: many unclosed `<script>` or `<!--` stay
        // linear).
        var noCommentEndFrom = Int.max
        var noCDATAEndFrom = Int.max
        var noScriptEndFrom = Int.max
        var noStyleEndFrom = Int.max
        /// The position after the end `found` finds from `position`, or `position` itself when
        /// there is none: the scan then goes on inside the unclosed construct.
        func skip(from position: Int, noneFrom: inout Int, to found: (Int) -> Int?) -> Int {
            guard position < noneFrom else { return position }
            if let end = found(position) { return end }
            noneFrom = position
            return position
        }
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        }
        /// Whether the parser reads a tag whose name starts with `byte`.
        func startsName(_ byte: UInt8) -> Bool {
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return true }
            return isXML && (byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80)
        }

        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if startsWith("<!--", at: i) {
                i = skip(from: i + 4, noneFrom: &noCommentEndFrom, to: commentEnd)
                continue
            }
            if isXML, startsWith("<![cdata[", at: i) {
                i = skip(from: i + 9, noneFrom: &noCDATAEndFrom) { end(of: "]]>", from: $0) }
                continue
            }
            guard i + 1 < n, startsName(bytes[i + 1]) else {
                i += 1
                continue
            }
            // A start tag: its name, then its attributes up to `>`.
            let nameStart = i + 1
            var p = nameStart
            while p < n, !isSpace(bytes[p]), bytes[p] != UInt8(ascii: ">"), bytes[p] != UInt8(ascii: "/") {
                p += 1
            }
            let nameEnd = p
            var count = 0
            var cutStart: Int?
            var lastEnd = p
            var closed = false
            while p < n {
                while p < n, isSpace(bytes[p]) || bytes[p] == UInt8(ascii: "/") {
                    if bytes[p] == UInt8(ascii: "/"), p + 1 < n, bytes[p + 1] == UInt8(ascii: ">") { break }
                    p += 1
                }
                guard p < n else { break }
                if bytes[p] == UInt8(ascii: ">") || bytes[p] == UInt8(ascii: "/") {
                    closed = true
                    break
                }
                let attributeStart = p
                while p < n, !isSpace(bytes[p]), bytes[p] != UInt8(ascii: "="), bytes[p] != UInt8(ascii: ">")
                {
                    if bytes[p] == UInt8(ascii: "/"), p + 1 < n, bytes[p + 1] == UInt8(ascii: ">") { break }
                    p += 1
                }
                var q = p
                while q < n, isSpace(bytes[q]) { q += 1 }
                if q < n, bytes[q] == UInt8(ascii: "=") {
                    q += 1
                    while q < n, isSpace(bytes[q]) { q += 1 }
                    if q < n, bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") {
                        let quote = bytes[q]
                        q += 1
                        while q < n, bytes[q] != quote { q += 1 }
                        p = min(n, q + 1)
                    } else {
                        while q < n, !isSpace(bytes[q]), bytes[q] != UInt8(ascii: ">") { q += 1 }
                        p = q
                    }
                }
                if p == attributeStart { p += 1 }  // a stray character: step over it
                count += 1
                if count == limit + 1 { cutStart = attributeStart }
                lastEnd = p
            }
            if let cutStart { cuts.append(cutStart..<(closed ? lastEnd : n)) }
            guard closed else { break }
            // `p` is at the `>` of the tag, or at the `/` of its `/>`.
            let selfClosed = bytes[p] == UInt8(ascii: "/")
            i = p + 1
            // The text of these elements is no markup to the HTML parser: skipped to their end
            // tag. A tag closed by `/>` has no text, and without an end tag the scan goes on after
            // the start tag (libxml2 reads the tags that follow), so that no tag escapes the
            // limit. (`textarea` and `title` are not skipped: libxml2 2.9 reads the tags inside
            // them.)
            guard !selfClosed, !isXML else { continue }
            let length = nameEnd - nameStart
            if length == 6, startsWith("script", at: nameStart) {
                i = skip(from: i, noneFrom: &noScriptEndFrom) { end(of: "</script", from: $0) }
            } else if length == 5, startsWith("style", at: nameStart) {
                i = skip(from: i, noneFrom: &noStyleEndFrom) { end(of: "</style", from: $0) }
            }
        }
        return cuts
    }
}
