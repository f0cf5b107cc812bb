import Foundation
import ParoleKit

/// The JSON the library commands print (`quotes`, `actors`, `actors --merges`): pretty,
/// sorted keys, dates in ISO 8601, one value followed by a newline on standard output. DEL, C1 and
/// bidi controls are written as `\u` escapes (``TerminalSafeText/escapingJSON(_:)``): the same
/// strings, nothing a terminal would act on.
enum JSONOutput {
    /// Writes `value` as JSON to standard output.
    static func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var bytes = TerminalSafeText.escapingJSON(Array(try encoder.encode(value)))
        bytes.append(0x0A)
        FileHandle.standardOutput.write(Data(bytes))
    }
}
