import ParoleKit

/// What a teacher recogniser made of capitalised words read out of context (see
/// `scripts/build-teacher-lexicon.py`): for each word, how many of a few neutral sentences
/// it tagged the word PER, ORG, LOC or MISC. Used at training time; the model keeps one small
/// code per word inside ``WordClusters``.
public struct TeacherLexicon: Sendable {
    /// Word-norm hash → code: the type most often given (1 PER, 2 ORG, 3 LOC, 4 MISC) × 8 plus
    /// how many sentences gave it; 0 when the teacher never saw a name.
    public private(set) var codes: [(UInt64, UInt8)] = []
    /// The words the teacher always took for a name of one type, by type, in file order.
    public private(set) var unanimous: [EntityType: [String]] = [:]

    /// Errors in a teacher lexicon file.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Reads lines `word<TAB>PER<TAB>ORG<TAB>LOC<TAB>MISC` (counts; `#` lines are comments).
    public init(lines: some Sequence<Substring>) throws {
        var seen = Set<UInt64>()
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let counts = fields.dropFirst().compactMap { Int($0) }
            guard fields.count == 5, counts.count == 4, counts.allSatisfy({ $0 >= 0 && $0 < 8 }) else {
                throw FormatError(description: "bad teacher line: \(line)")
            }
            let hash = FeatureHash.of(String(fields[0]))
            guard seen.insert(hash).inserted else { continue }
            var best = 0
            for k in 1..<4 where counts[k] > counts[best] { best = k }
            let code = counts[best] == 0 ? 0 : UInt8((best + 1) * 8 + counts[best])
            codes.append((hash, code))
            if counts[best] >= 4 && counts[best] == counts.reduce(0, +) {
                unanimous[EntityLabel.types[best], default: []].append(String(fields[0]))
            }
        }
    }
}
