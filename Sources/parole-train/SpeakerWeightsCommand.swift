import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train speaker-weights`: learns the speaker ranker's weights from gold articles of the
/// tune half only and writes them as `speaker-weights.txt`.
struct SpeakerWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker-weights",
        abstract: "Learn the speaker ranker's weights from gold quotes (tune half only).",
        discussion: """
            Every NAME.gold.json of each --gold directory is used; of each --gold-even directory,
            only the files whose name's number is even (the tune half of ../shared/corpus/train).
            """)

    @Option(help: "A gold directory whose articles are all used (../shared/corpus/dev).")
    var gold: [String] = []

    @Option(help: "A gold directory of which only the even-numbered articles are used.")
    var goldEven: [String] = []

    @Option(help: "Passes of the perceptron over the decisions.")
    var epochs = 10

    @Option(help: "Weights to start from (the former rules as weights).")
    var prior = "TrainingData/fr/speaker-prior.txt"

    @Option(help: "Which features the weights use: both (shared and per way of naming), prefixed, shared.")
    var features: SpeakerWeightsTrainer.FeatureSet = .both

    @Flag(help: "Start from no weights instead of --prior.")
    var noPrior = false

    @Flag(help: "Print leave-one-article-out accuracies of several settings and write nothing.")
    var crossValidate = false

    @Option(help: "Where to write the weights.")
    var output = "Sources/ParoleKit/Resources/fr/speaker-weights.txt"

    func run() throws {
        var files: [URL] = []
        for dir in gold { files += try goldFiles(dir, evenOnly: false) }
        for dir in goldEven { files += try goldFiles(dir, evenOnly: true) }
        guard !files.isEmpty else { throw ValidationError("give --gold or --gold-even with gold articles") }
        let analyzer = Analyzer()
        var counts = SpeakerWeightsTrainer.Counts()
        var decisions: [SpeakerWeightsTrainer.Decision] = []
        for (article, goldURL) in files.enumerated() {
            let textURL = goldURL.deletingLastPathComponent().appendingPathComponent(
                goldURL.lastPathComponent.replacingOccurrences(of: ".gold.json", with: ".txt"))
            let text = try String(contentsOf: textURL, encoding: .utf8)
            decisions += try SpeakerWeightsTrainer.decisions(
                text: text, gold: Data(contentsOf: goldURL), analyzer: analyzer, counts: &counts
            ).map { d in
                var d = d
                d.article = article
                return d
            }
        }
        let priorWeights = try SpeakerRanker(parsing: String(contentsOfFile: prior, encoding: .utf8)).weights
        let ranked = decisions.filter(\.ranked).count
        if crossValidate {
            print(
                "articles \(files.count), decisions \(decisions.count) (\(ranked) ranked by the analyzer), "
                    + "samples \(counts.samples), matched \(counts.matched), reachable \(counts.reachable)")
            print("leave-one-article-out accuracy on the ranked decisions:")
            for set in SpeakerWeightsTrainer.FeatureSet.allCases {
                let restricted = SpeakerWeightsTrainer.restricted(decisions, to: set)
                for start in ["prior", "zero"] {
                    for e in [1, 5, 10, 20] {
                        let (right, total, byWay) = SpeakerWeightsTrainer.crossValidated(
                            restricted, epochs: e, prior: start == "prior" ? priorWeights : [:])
                        let share = total > 0 ? Double(right) / Double(total) : 0
                        let ways = byWay.keys.sorted().map { "\($0) \(byWay[$0]!.right)/\(byWay[$0]!.total)" }
                        print(
                            "  features \(set.rawValue), start \(start), epochs \(e): \(right)/\(total) "
                                + String(format: "%.3f", share) + " (" + ways.joined(separator: ", ") + ")")
                    }
                }
                let priorOnly = SpeakerWeightsTrainer.accuracy(
                    priorWeights, on: restricted.filter(\.ranked))
                print("  features \(set.rawValue), prior alone: " + String(format: "%.3f", priorOnly))
            }
            return
        }
        let start = noPrior ? [:] : priorWeights
        let used = SpeakerWeightsTrainer.restricted(decisions, to: features)
        let weights = SpeakerWeightsTrainer.train(used, epochs: epochs, prior: start)
        let accuracy = SpeakerWeightsTrainer.accuracy(weights, on: used.filter(\.ranked))
        let header = """
            Speaker ranking weights, learned by `parole-train speaker-weights` (averaged perceptron,
            \(epochs) epochs, starting from \(noPrior ? "no weights" : prior), features \(features.rawValue))
            from \(files.count) gold articles of the tune half: \(decisions.count) decisions, \(ranked) of
            them ranked by the analyzer (the others made by a certain rule teach the shared features).
            Features without a prefix are shared; a: = quote whose cue names a phrase that is no name,
            p: = named by a pronoun, n: = named by nothing, c: = continuing a speaker's words.
            """
        try SpeakerRanker(weights: weights).serialized(header: header).write(
            toFile: output, atomically: true, encoding: .utf8)
        print(
            "articles \(files.count), ranked quotes \(counts.samples), matched to gold \(counts.matched), "
                + "right speaker among candidates \(counts.reachable)")
        print(
            "decisions \(decisions.count) (\(ranked) ranked); training accuracy on the ranked "
                + "\(String(format: "%.3f", accuracy)); weights written to \(output)")
    }

    private func goldFiles(_ dir: String, evenOnly: Bool) throws -> [URL] {
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
