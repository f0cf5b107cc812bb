import Foundation

/// The JSON the library commands print (`quotes`, `actors`, `actors --merges`): pretty,
/// sorted keys, dates in ISO 8601, one value followed by a newline on standard output.
enum JSONOutput {
    /// Writes `value` as JSON to standard output.
    static func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(value)
        data.append(contentsOf: Array("\n".utf8))
        FileHandle.standardOutput.write(data)
    }
}
