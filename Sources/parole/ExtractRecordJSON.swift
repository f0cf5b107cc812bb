import Foundation
import ParoleKit

/// Writes one `parole extract --format json` record as compact JSON, byte for byte what
/// `JSONEncoder` writes with sorted keys and unescaped slashes (nil fields left out), without
/// the generic encoder: extracting a folder of pages printed one record per page through it,
/// a fiftieth of the time.
struct ExtractRecordJSON {
    private(set) var bytes: [UInt8] = []

    /// The record as one line of JSON, without the newline.
    static func compact(_ record: ExtractCommand.Record) -> [UInt8] {
        var writer = ExtractRecordJSON()
        writer.bytes.reserveCapacity(record.text.utf8.count + record.title.utf8.count + 256)
        writer.raw("{\"authors\":")
        writer.strings(record.authors)
        if let date = record.date { writer.field("date", date) }
        if let language = record.language { writer.field("language", language) }
        if let site = record.site { writer.field("site", site) }
        writer.field("source", record.source)
        writer.field("text", record.text)
        writer.field("title", record.title)
        if let url = record.url { writer.field("url", url) }
        writer.raw(",\"warnings\":")
        writer.strings(record.warnings)
        writer.raw("}")
        return writer.bytes
    }

    private mutating func field(_ key: StaticString, _ value: String) {
        raw(",\"")
        raw(key)
        raw("\":")
        string(value)
    }

    private mutating func strings(_ values: [String]) {
        raw("[")
        for (n, value) in values.enumerated() {
            if n > 0 { raw(",") }
            string(value)
        }
        raw("]")
    }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped as `JSONEncoder` does.
    private mutating func string(_ s: String) { JSONStringBytes.append(s, to: &bytes) }
}
