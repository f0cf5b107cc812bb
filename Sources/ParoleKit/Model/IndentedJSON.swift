/// Lays compact JSON out as Foundation's `JSONEncoder` does with `.prettyPrinted`: two spaces
/// per level, one member or element per line, `"key" : value`, and an empty array or object
/// as its brackets around an empty line.
///
/// `parole analyze --format json` prints indented JSON. Writing it compact with
/// ``AnalysisJSONWriter`` and laying it out here gives the encoder's bytes without running the
/// generic encoder, whose dynamic casts and code pages cost a one-article process more start-up
/// time and memory than the analysis output itself.
enum IndentedJSON {
    /// `compact` (JSON without white space outside strings) laid out with indentation.
    static func indenting(_ compact: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        var i = 0
        func newline(_ level: Int) {
            out.append(0x0A)
            for _ in 0..<level { out.append(0x20); out.append(0x20) }
        }
        while i < compact.count {
            let c = compact[i]
            i += 1
            if inString {
                out.append(c)
                if escaped {
                    escaped = false
                } else if c == UInt8(ascii: "\\") {
                    escaped = true
                } else if c == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                inString = true
                out.append(c)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(c)
                let close = c == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if i < compact.count && compact[i] == close {
                    out.append(0x0A)
                    newline(depth)
                    out.append(close)
                    i += 1
                } else {
                    depth += 1
                    newline(depth)
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline(depth)
                out.append(c)
            case UInt8(ascii: ","):
                out.append(c)
                newline(depth)
            case UInt8(ascii: ":"):
                out.append(0x20)
                out.append(c)
                out.append(0x20)
            default:
                out.append(c)
            }
        }
        return out
    }
}
