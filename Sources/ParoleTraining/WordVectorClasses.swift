import ParoleKit

/// Distributional word classes derived from word vectors (see
/// `scripts/build-word-vector-classes.py`): each word points to a vector row, and each row has
/// a fine and a coarse k-means class. Used at training time; the model keeps what it needs
/// inside ``WordClusters``.
public struct WordVectorClasses: Sendable {
    /// Word-norm hash → vector row, most frequent words first.
    public private(set) var words: [(UInt64, Int)] = []
    /// The fine class of each row.
    public private(set) var fineOfRow: [UInt16] = []
    /// The coarse class of each fine class.
    public private(set) var coarseOfFine: [UInt8] = []

    /// Errors in a classes file.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Reads the text format written by `scripts/build-word-vector-classes.py`:
    /// `#` comments, `rows N FINE COARSE`, N lines `row fine coarse`, `words M`, M lines `word row`.
    public init(lines: some Sequence<Substring>) throws {
        var rowCount = 0
        var fineCount = 0
        var rowsRead = 0
        var inWords = false
        var seen = Set<UInt64>()
        for line in lines {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if rowCount == 0 {
                guard fields.count == 4, fields[0] == "rows", let n = Int(fields[1]), let f = Int(fields[2]),
                    let c = Int(fields[3]), n > 0, n < Int(WordClusters.rowMask), f > 0,
                    f <= Int(UInt16.max), c > 0, c <= 256
                else { throw FormatError(description: "bad header: \(line)") }
                rowCount = n
                fineCount = f
                fineOfRow = [UInt16](repeating: 0, count: n)
                coarseOfFine = [UInt8](repeating: 0, count: f)
            } else if rowsRead < rowCount {
                guard fields.count == 3, let r = Int(fields[0]), let f = Int(fields[1]),
                    let c = Int(fields[2]),
                    r >= 0, r < rowCount, f >= 0, f < fineCount, c >= 0, c < 256
                else { throw FormatError(description: "bad row: \(line)") }
                fineOfRow[r] = UInt16(f)
                coarseOfFine[f] = UInt8(c)
                rowsRead += 1
            } else if !inWords {
                guard fields.count == 2, fields[0] == "words" else {
                    throw FormatError(description: "expected the words header: \(line)")
                }
                inWords = true
            } else {
                guard fields.count == 2, let r = Int(fields[1]), r >= 0, r < rowCount else {
                    throw FormatError(description: "bad word: \(line)")
                }
                let hash = FeatureHash.of(String(fields[0]))
                if seen.insert(hash).inserted { words.append((hash, r)) }
            }
        }
        guard rowCount > 0 else { throw FormatError(description: "no rows header") }
    }
}
