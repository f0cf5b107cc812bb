import Foundation

/// The analysis JSON format (see `docs/analysis-format.md`).
public enum AnalysisJSON {
    /// Encodes a value of the analysis format as UTF-8 JSON with sorted keys. DEL, C1 and bidi
    /// controls are written as `\u` escapes (``TerminalSafeText/escapingJSON(_:)``), so that the
    /// JSON is safe to print on a terminal and still holds the exact text.
    public static func encode(_ value: any Encodable, pretty: Bool) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Every type of the format encodes without failing.
        return terminalSafe(try! encoder.encode(value))
    }

    /// `json` with DEL, C1 and bidi controls escaped; the same bytes when it has none.
    private static func terminalSafe(_ json: Data) -> Data {
        let bytes = [UInt8](json)
        let escaped = TerminalSafeText.escapingJSON(bytes)
        return escaped.count == bytes.count ? json : Data(escaped)
    }

    /// Encodes an analysis; the output comes from a dedicated writer (indented by
    /// ``IndentedJSON`` when `pretty`), the same bytes as the generic encoder's, much faster.
    public static func encode(_ analysis: Analysis, pretty: Bool) -> Data {
        var writer = AnalysisJSONWriter(capacity: analysis.text.utf8.count * 3 + 1024)
        writer.write(analysis)
        return Data(
            TerminalSafeText.escapingJSON(pretty ? IndentedJSON.indenting(writer.bytes) : writer.bytes))
    }

    /// Encodes a list of strings (an actor's aliases) as a compact JSON array.
    public static func encode(_ strings: [String], pretty: Bool) -> Data {
        var writer = AnalysisJSONWriter(capacity: strings.reduce(2) { $0 + $1.utf8.count + 3 })
        writer.write(strings)
        return Data(
            TerminalSafeText.escapingJSON(pretty ? IndentedJSON.indenting(writer.bytes) : writer.bytes))
    }

    /// Decodes one analysis from JSON.
    public static func decode(_ data: Data) throws -> Analysis {
        try JSONDecoder().decode(Analysis.self, from: data)
    }
}
