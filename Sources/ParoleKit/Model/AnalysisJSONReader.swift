/// Reads an ``Analysis`` from JSON of exactly the shape ``AnalysisJSONWriter`` writes (any key
/// order, spaces allowed), straight from the bytes, several times faster than `JSONDecoder`:
/// the library decodes one analysis per article it shows or exports, and the generic decoder
/// was half of `parole export`'s time.
///
/// It gives up (throws ``Unexpected``) on anything else — a key it does not know, a value of
/// another type, a number that is not a plain integer, an escape it cannot read, invalid UTF-8
/// — and ``AnalysisJSON/decode(_:)`` then asks `JSONDecoder`, whose result and errors stay the
/// reference: a field added to the format is never dropped here, only read more slowly until
/// this reader learns it.
struct AnalysisJSONReader {
    /// The JSON is not of the shape this reader knows.
    struct Unexpected: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes.assumingMemoryBound(to: UInt8.self)
    }

    /// The analysis in `json`, or ``Unexpected``.
    static func read(_ json: UnsafeRawBufferPointer) throws(Unexpected) -> Analysis {
        var reader = AnalysisJSONReader(json)
        let analysis = try reader.analysis()
        reader.skipBlanks()
        guard reader.i == json.count else { throw Unexpected() }
        return analysis
    }

    // MARK: The format's objects

    private mutating func analysis() throws(Unexpected) -> Analysis {
        var id: String?
        var lang: String?
        var title: String?
        var text: String?
        var paragraphs: [Span]?
        var entities: [Entity]?
        var quotes: [Quote]?
        var actors: [Actor]?
        try object { (reader, key) throws(Unexpected) in
            switch key {
            case "id": id = try reader.string()
            case "lang": lang = try reader.string()
            case "title": title = try reader.string()
            case "text": text = try reader.string()
            case "paragraphs": paragraphs = try reader.array { (r) throws(Unexpected) in try r.span() }
            case "entities": entities = try reader.array { (r) throws(Unexpected) in try r.entity() }
            case "quotes": quotes = try reader.array { (r) throws(Unexpected) in try r.quote() }
            case "actors": actors = try reader.array { (r) throws(Unexpected) in try r.actor() }
            default: throw Unexpected()
            }
        }
        guard let id, let lang, let title, let text, let paragraphs, let entities, let quotes, let actors
        else { throw Unexpected() }
        return Analysis(
            id: id, lang: lang, title: title, text: text, paragraphs: paragraphs, entities: entities,
            quotes: quotes, actors: actors)
    }

    /// Reads an object of the format that has a span: its "start" and "end" (checked as the
    /// decoder checks a span) and "text" are read here, any other member by `other`, which
    /// throws on a key it does not know.
    private mutating func spanned(
        _ other: (inout AnalysisJSONReader, String) throws(Unexpected) -> Void = { _, _ throws(Unexpected) in
            throw Unexpected()
        }
    ) throws(Unexpected) -> (span: Span, text: String?) {
        var start: Int?
        var end: Int?
        var text: String?
        try object { (reader, key) throws(Unexpected) in
            switch key {
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            case "text": text = try reader.string()
            default: try other(&reader, key)
            }
        }
        guard let start, let end, start >= 0, start <= end else { throw Unexpected() }
        return (Span(start, end), text)
    }

    private mutating func span() throws(Unexpected) -> Span {
        let read = try spanned()
        guard read.text == nil else { throw Unexpected() }
        return read.span
    }

    private mutating func entity() throws(Unexpected) -> Entity {
        var type: EntityType?
        let read = try spanned { (reader, key) throws(Unexpected) in
            guard key == "type" else { throw Unexpected() }
            type = EntityType(rawValue: try reader.string())
        }
        guard let type, let text = read.text else { throw Unexpected() }
        return Entity(span: read.span, type: type, text: text)
    }

    private mutating func quote() throws(Unexpected) -> Quote {
        var kind: QuoteKind?
        var cue: TextRef?
        var speaker: Speaker?
        var via: TextRef?
        let read = try spanned { (reader, key) throws(Unexpected) in
            switch key {
            case "kind": kind = QuoteKind(rawValue: try reader.string())
            case "cue": cue = try reader.orNull { (r) throws(Unexpected) in try r.textRef() }
            case "via": via = try reader.orNull { (r) throws(Unexpected) in try r.textRef() }
            case "speaker": speaker = try reader.orNull { (r) throws(Unexpected) in try r.speaker() }
            default: throw Unexpected()
            }
        }
        guard let text = read.text, let kind else { throw Unexpected() }
        return Quote(span: read.span, text: text, kind: kind, cue: cue, speaker: speaker, via: via)
    }

    private mutating func textRef() throws(Unexpected) -> TextRef {
        let read = try spanned()
        guard let text = read.text else { throw Unexpected() }
        return TextRef(text: text, span: read.span)
    }

    private mutating func speaker() throws(Unexpected) -> Speaker {
        var actor: String?
        let read = try spanned { (reader, key) throws(Unexpected) in
            guard key == "actor" else { throw Unexpected() }
            actor = try reader.orNull { (r) throws(Unexpected) in try r.string() }
        }
        guard let text = read.text else { throw Unexpected() }
        return Speaker(text: text, span: read.span, actor: actor)
    }

    private mutating func actor() throws(Unexpected) -> Actor {
        var id: String?
        var name: String?
        var type: EntityType?
        var aliases: [String]?
        var occurrences: [Span]?
        var quotes: Int?
        var kind: ActorKind?
        var roles: [String]?
        try object { (reader, key) throws(Unexpected) in
            switch key {
            case "id": id = try reader.string()
            case "name": name = try reader.string()
            case "type": type = EntityType(rawValue: try reader.string())
            case "aliases": aliases = try reader.orNull { (r) throws(Unexpected) in try r.strings() }
            case "roles": roles = try reader.orNull { (r) throws(Unexpected) in try r.strings() }
            case "quotes": quotes = try reader.orNull { (r) throws(Unexpected) in try r.int() }
            case "kind":
                kind = try reader.orNull { (r) throws(Unexpected) in
                    guard let kind = ActorKind(rawValue: try r.string()) else { throw Unexpected() }
                    return kind
                }
            case "mentions": _ = try reader.int()
            case "occurrences":
                // As the decoder reads them: pairs that are no valid span are left out.
                let pairs = try reader.orNull { (r) throws(Unexpected) in
                    try r.array { (r) throws(Unexpected) in
                        try r.array { (r) throws(Unexpected) in try r.int() }
                    }
                }
                occurrences = pairs.map {
                    $0.compactMap { $0.count == 2 && 0 <= $0[0] && $0[0] <= $0[1] ? Span($0[0], $0[1]) : nil }
                }
            default: throw Unexpected()
            }
        }
        guard let id, let name, let type else { throw Unexpected() }
        return Actor(
            id: id, name: name, type: type, aliases: aliases ?? [], occurrences: occurrences ?? [],
            quotes: quotes ?? 0, kind: kind, roles: roles ?? [])
    }

    // MARK: JSON values

    private mutating func strings() throws(Unexpected) -> [String] {
        try array { (r) throws(Unexpected) in try r.string() }
    }

    /// Reads an object, calling `member` with the reader on each value and its key.
    private mutating func object(
        _ member: (inout AnalysisJSONReader, String) throws(Unexpected) -> Void
    ) throws(Unexpected) {
        try expect(UInt8(ascii: "{"))
        skipBlanks()
        if peek() == UInt8(ascii: "}") {
            i += 1
            return
        }
        while true {
            skipBlanks()
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            skipBlanks()
            guard i < bytes.count else { throw Unexpected() }
            let next = bytes[i]
            i += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Unexpected() }
        }
    }

    /// Reads an array of the values `element` reads.
    private mutating func array<T>(
        _ element: (inout AnalysisJSONReader) throws(Unexpected) -> T
    ) throws(Unexpected) -> [T] {
        try expect(UInt8(ascii: "["))
        var out: [T] = []
        skipBlanks()
        if peek() == UInt8(ascii: "]") {
            i += 1
            return out
        }
        while true {
            skipBlanks()
            out.append(try element(&self))
            skipBlanks()
            guard i < bytes.count else { throw Unexpected() }
            let next = bytes[i]
            i += 1
            if next == UInt8(ascii: "]") { return out }
            guard next == UInt8(ascii: ",") else { throw Unexpected() }
        }
    }

    /// `null` as nil, else the value `value` reads.
    private mutating func orNull<T>(
        _ value: (inout AnalysisJSONReader) throws(Unexpected) -> T
    ) throws(Unexpected) -> T? {
        skipBlanks()
        if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
            bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l")
        {
            i += 4
            return nil
        }
        return try value(&self)
    }

    /// A plain integer: an optional minus and digits, no fraction or exponent, within `Int`.
    private mutating func int() throws(Unexpected) -> Int {
        skipBlanks()
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        let first = i
        var value = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
            guard !o1, !o2 else { throw Unexpected() }
            value = sum
            i += 1
        }
        guard i > first, i - first == 1 || bytes[first] != 0x30 else { throw Unexpected() }
        if i < bytes.count,
            bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e")
                || bytes[i] == UInt8(ascii: "E")
        {
            throw Unexpected()
        }
        return negative ? -value : value
    }

    /// A string, its escapes read; the bytes between escapes must be valid UTF-8.
    private mutating func string() throws(Unexpected) -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
            guard bytes[i] >= 0x20 else { throw Unexpected() }
            i += 1
        }
        guard i < bytes.count else { throw Unexpected() }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return try Self.text(UnsafeBufferPointer(rebasing: bytes[start..<i - 1]))
        }
        // Escapes: collect the unescaped bytes.
        var out = [UInt8](bytes[start..<i])
        while true {
            guard i < bytes.count else { throw Unexpected() }
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return try out.withUnsafeBufferPointer { (utf8) throws(Unexpected) in try Self.text(utf8) }
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw Unexpected() }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "\\"),
                            bytes[i + 1] == UInt8(ascii: "u")
                        else { throw Unexpected() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Unexpected() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw Unexpected() }
                    out.append(contentsOf: String(Character(unicode)).utf8)
                default: throw Unexpected()
                }
            default:
                guard b >= 0x20 else { throw Unexpected() }
                out.append(b)
            }
        }
    }

    /// Four hexadecimal digits.
    private mutating func hex4() throws(Unexpected) -> UInt32 {
        guard i + 4 <= bytes.count else { throw Unexpected() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            i += 1
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw Unexpected()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// `utf8` as a string, if it is valid UTF-8.
    private static func text(_ utf8: UnsafeBufferPointer<UInt8>) throws(Unexpected) -> String {
        guard isValidUTF8(utf8) else { throw Unexpected() }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Whether `utf8` is well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF), as
    /// the Unicode standard's table 3-7 defines it.
    static func isValidUTF8(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                i += 1
                continue
            }
            func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i + k < n && utf8[i + k] >= low && utf8[i + k] <= high
            }
            switch b {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard continuation(1, low, high), continuation(2) else { return false }
                i += 3
            case 0xF0...0xF4:
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard continuation(1, low, high), continuation(2), continuation(3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    private mutating func expect(_ byte: UInt8) throws(Unexpected) {
        skipBlanks()
        guard i < bytes.count, bytes[i] == byte else { throw Unexpected() }
        i += 1
    }

    private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipBlanks() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
            i += 1
        }
    }
}
