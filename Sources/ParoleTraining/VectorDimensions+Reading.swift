import ParoleKit

/// Reading the word-vector components written by `scripts/build-word-vector-dims.py`.
extension VectorDimensions {
    /// Errors in a components file.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Reads `# comment` lines, `dims ROWS DIMS`, then ROWS lines of DIMS integers (-127…127),
    /// keeping the first `keep` components of each row (all when nil), read at `offsets`, binarised
    /// at `threshold` (0: real-valued).
    public init(lines: some Sequence<Substring>, keep: Int? = nil, offsets: [Int], threshold: Int = 0) throws
    {
        var rows = 0
        var dims = 0
        var kept = 0
        var components: [Int8] = []
        var read = 0
        for line in lines {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: "\t")
            if rows == 0 {
                guard fields.count == 3, fields[0] == "dims", let r = Int(fields[1]), let d = Int(fields[2]),
                    r > 0, r < Int(WordClusters.rowMask), d > 0, d <= 1024
                else { throw FormatError(description: "bad header: \(line)") }
                rows = r
                dims = d
                kept = min(keep ?? d, d)
                guard kept > 0 else { throw FormatError(description: "no component kept") }
                components.reserveCapacity(r * kept)
                continue
            }
            guard read < rows, fields.count == dims else {
                throw FormatError(description: "bad row: \(line)")
            }
            for field in fields.prefix(kept) {
                guard let v = Int(field), v >= -127, v <= 127 else {
                    throw FormatError(description: "bad component: \(field)")
                }
                components.append(Int8(v))
            }
            read += 1
        }
        guard rows > 0, read == rows else {
            throw FormatError(description: "expected \(rows) rows, read \(read)")
        }
        guard (0...127).contains(threshold) else {
            throw FormatError(description: "bad threshold \(threshold)")
        }
        self.init(dimensions: kept, offsets: offsets, components: components, threshold: threshold)
    }
}
