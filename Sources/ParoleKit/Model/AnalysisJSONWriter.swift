/// Writes an ``Analysis`` as compact JSON, byte for byte what `JSONEncoder` writes with sorted
/// keys and unescaped slashes, several times faster: batch analysis and the library write one
/// document per article, and the generic encoder was the largest cost after the analysis itself.
struct AnalysisJSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ a: Analysis) {
        raw("{\"actors\":")
        array(a.actors) { $0.write($1) }
        raw(",\"entities\":")
        array(a.entities) { writer, entity in
            writer.raw("{\"end\":")
            writer.int(entity.span.end)
            writer.raw(",\"start\":")
            writer.int(entity.span.start)
            writer.raw(",\"text\":")
            writer.string(entity.text)
            writer.raw(",\"type\":")
            writer.string(entity.type.rawValue)
            writer.raw("}")
        }
        raw(",\"headings\":")
        array(a.headings) { writer, heading in
            writer.raw("{\"end\":")
            writer.int(heading.span.end)
            writer.raw(",\"kind\":")
            writer.string(heading.kind.rawValue)
            writer.raw(",\"start\":")
            writer.int(heading.span.start)
            writer.raw("}")
        }
        raw(",\"id\":")
        string(a.id)
        raw(",\"lang\":")
        string(a.lang)
        raw(",\"paragraphs\":")
        array(a.paragraphs) { writer, span in
            writer.raw("{\"end\":")
            writer.int(span.end)
            writer.raw(",\"start\":")
            writer.int(span.start)
            writer.raw("}")
        }
        raw(",\"quotes\":")
        array(a.quotes) { $0.write($1) }
        raw(",\"text\":")
        string(a.text)
        raw(",\"title\":")
        string(a.title)
        raw("}")
    }

    /// A JSON array of strings.
    mutating func write(_ strings: [String]) {
        array(strings) { $0.string($1) }
    }

    /// A JSON array of `items`, each written by `element`.
    private mutating func array<Items: Sequence>(
        _ items: Items, _ element: (inout Self, Items.Element) -> Void
    ) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            element(&self, item)
        }
        raw("]")
    }

    private mutating func write(_ actor: Actor) {
        raw("{\"aliases\":")
        write(actor.aliases)
        raw(",\"id\":")
        string(actor.id)
        raw(",\"kind\":")
        string(actor.kind.rawValue)
        raw(",\"mentions\":")
        int(actor.mentions)
        raw(",\"name\":")
        string(actor.name)
        raw(",\"occurrences\":")
        array(actor.occurrences) { writer, span in
            writer.raw("[")
            writer.int(span.start)
            writer.raw(",")
            writer.int(span.end)
            writer.raw("]")
        }
        raw(",\"quotes\":")
        int(actor.quotes)
        raw(",\"roles\":")
        write(actor.roles)
        raw(",\"type\":")
        string(actor.type.rawValue)
        raw("}")
    }

    private mutating func write(_ quote: Quote) {
        raw("{\"cue\":")
        textRef(quote.cue)
        raw(",\"end\":")
        int(quote.span.end)
        raw(",\"kind\":")
        string(quote.kind.rawValue)
        raw(",\"speaker\":")
        if let speaker = quote.speaker {
            raw("{\"actor\":")
            if let actor = speaker.actor { string(actor) } else { raw("null") }
            raw(",\"end\":")
            int(speaker.span.end)
            raw(",\"start\":")
            int(speaker.span.start)
            raw(",\"text\":")
            string(speaker.text)
            raw("}")
        } else {
            raw("null")
        }
        raw(",\"start\":")
        int(quote.span.start)
        raw(",\"text\":")
        string(quote.text)
        raw(",\"via\":")
        textRef(quote.via)
        raw("}")
    }

    private mutating func textRef(_ ref: TextRef?) {
        guard let ref else { return raw("null") }
        raw("{\"end\":")
        int(ref.span.end)
        raw(",\"start\":")
        int(ref.span.start)
        raw(",\"text\":")
        string(ref.text)
        raw("}")
    }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func int(_ n: Int) {
        if n < 0 {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(contentsOf: String(-n).utf8)
            return
        }
        if n < 10 { return bytes.append(UInt8(48 + n)) }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = n
        withUnsafeMutableBytes(of: &digits) { buffer in
            while v > 0 {
                buffer[19 - count] = UInt8(48 + v % 10)
                v /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped as `JSONEncoder` does.
    private mutating func string(_ s: String) { JSONStringBytes.append(s, to: &bytes) }
}
