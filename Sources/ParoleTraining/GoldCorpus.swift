import Foundation

/// Where the gold articles that weights are learned from live, shared by the trainers of the
/// speaker ranker and the quote span scorer: gold directories (`NAME.gold.json` beside
/// `NAME.txt`), their tune halves, and the press probes.
public enum GoldCorpus {
    /// The press probes (relative to the package root), whose even-numbered articles the shipped
    /// weights are trained on besides the tune half; the odd ones are the check half.
    public static let pressProbes = "TrainingData/fr/press-probes"

    /// The gold files (`NAME.gold.json`) of a directory in name order; with `evenOnly`, only
    /// those whose name's number is even (the tune half of ../shared/corpus/train).
    public static func files(in dir: String, evenOnly: Bool) throws -> [URL] {
        let url = URL(fileURLWithPath: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            $0.hasSuffix(".gold.json")
        }
        .sorted()
        return names.filter { name in
            guard evenOnly else { return true }
            let digits = name.prefix { $0 != "." }.filter(\.isNumber)
            guard let n = Int(digits) else { return false }
            return n % 2 == 0
        }.map { url.appendingPathComponent($0) }
    }
}
