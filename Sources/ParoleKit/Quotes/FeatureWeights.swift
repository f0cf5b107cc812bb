/// The file format of a linear model's learned weights, shared by the speaker ranker and the
/// quote span scorer: one `feature<TAB>weight` line each, `#` comment lines (the header).
enum FeatureWeights {
    /// Reads the weights of `text`; `file` names the file in the error of a malformed line.
    static func parse(_ text: String, file: String) throws -> [String: Double] {
        var weights: [String: Double] = [:]
        // Cut on bytes (newline, tab and `#` are ASCII): a `split` by `Character` breaks
        // graphemes on every letter, at every start-up.
        for (n, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09)
            guard fields.count == 2, let w = Double(Substring(fields[1])) else {
                throw ResourceFormatError(description: "\(file):\(n + 1): expected FEATURE<TAB>WEIGHT")
            }
            weights[String(Substring(fields[0]))] = w
        }
        return weights
    }

    /// `weights` as a file under `header`, features in sorted order, weights rounded to four
    /// decimals and zero weights left out (deterministic bytes).
    static func serialized(_ weights: [String: Double], header: String) -> String {
        var out = header.split(separator: "\n").map { "# \($0)\n" }.joined()
        for key in weights.keys.sorted() where weights[key] != 0 {
            let rounded = (weights[key]! * 10_000).rounded() / 10_000
            out += "\(key)\t\(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))\n"
        }
        return out
    }
}
