import ParoleKit

/// Learns word classes from raw text: for each word, how often it is written with a
/// capital inside a sentence and how frequent it is. The class number (case class × 16 +
/// frequency bucket) is a feature of the entity model, shipped inside the model file.
///
/// A word seldom seen capitalised mid-sentence ("Selon", "Cette") is a common word even
/// at the start of a sentence; a word always capitalised ("Assemblée", "Lyon") is a name.
public struct WordStatistics {
    private var counts: [UInt64: (lower: Int32, capital: Int32)] = [:]
    private let tokenizer = Language.french.tokenizer

    /// Creates empty statistics.
    public init() {}

    /// Counts the words of one line of raw text.
    public mutating func add(line: String) {
        let document = tokenizer.document(line)
        for s in document.sentences {
            var first = true
            for i in s.tokens where document.tokens[i].kind == .word {
                let t = document.tokens[i]
                if first {
                    first = false
                    continue
                }
                let h = FeatureHash.of(t.norm)
                var c = counts[h] ?? (0, 0)
                if t.isCapitalized { c.capital += 1 } else { c.lower += 1 }
                counts[h] = c
            }
        }
    }

    /// The word classes of words seen at least `minimumCount` times.
    public func clusters(minimumCount: Int = 3) -> WordClusters {
        var table: [UInt64: UInt32] = [:]
        for (h, c) in counts {
            let total = Int(c.lower) + Int(c.capital)
            guard total >= minimumCount else { continue }
            let ratio = Double(c.capital) / Double(total)
            let caseClass: UInt32 =
                ratio < 0.02 ? 1 : ratio < 0.3 ? 2 : ratio < 0.7 ? 3 : ratio < 0.98 ? 4 : 5
            let frequency = UInt32(min(15, max(1, Int(log2(Double(total))))))
            table[h] = caseClass << 4 | frequency
        }
        return WordClusters(table: table)
    }
}

private func log2(_ x: Double) -> Double {
    var v = x
    var n = 0.0
    while v >= 2 {
        v /= 2
        n += 1
    }
    return n
}
