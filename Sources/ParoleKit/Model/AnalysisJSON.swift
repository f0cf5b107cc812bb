import Foundation

/// The analysis JSON format (see `docs/analysis-format.md`).
public enum AnalysisJSON {
    /// Encodes a value of the analysis format as UTF-8 JSON with sorted keys.
    public static func encode(_ value: some Encodable, pretty: Bool) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Every type of the format encodes without failing.
        return try! encoder.encode(value)
    }

    /// Decodes one analysis from JSON.
    public static func decode(_ data: Data) throws -> Analysis {
        try JSONDecoder().decode(Analysis.self, from: data)
    }
}
