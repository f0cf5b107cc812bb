import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train speaker-weights`: learns the speaker ranker's weights from gold articles of the
/// tune half and the even press probes only and writes them as `speaker-weights.txt`.
struct SpeakerWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker-weights",
        abstract: "Learn the speaker ranker's weights from gold quotes (tune half only).",
        discussion: """
            Every NAME.gold.json of each --gold directory is used; of each --gold-even directory,
            only the files whose name's number is even (the tune half of ../shared/corpus/train);
            the even press probes of --probes are added unless --no-probes.
            """)

    @OptionGroup var tuneGold: TuneGoldOptions

    @Option(
        help:
            "Press probes of which the even-numbered articles are used too (the shipped weights' training set; the odd ones are the check half)."
    )
    var probes = SpeakerWeightsTrainer.pressProbes

    @Flag(help: "Leave the press probes out: train on --gold and --gold-even only.")
    var noProbes = false

    @Option(help: "Passes of the perceptron over the decisions.")
    var epochs = SpeakerWeightsTrainer.chosenEpochs

    @Option(
        help:
            "Learn a feature's weight only when it is seen in at least this many articles (else it keeps its prior weight)."
    )
    var minArticles = SpeakerWeightsTrainer.chosenMinArticles

    @Option(help: "Size of a perceptron update (the prior's weights are not scaled).")
    var rate = SpeakerWeightsTrainer.chosenRate

    @Option(help: "Weights to start from (the former rules as weights).")
    var prior = "TrainingData/fr/speaker-prior.txt"

    @Option(help: "Which features the weights use: both (shared and per way of naming), prefixed, shared.")
    var features = SpeakerWeightsTrainer.FeatureSet.prefixed.rawValue

    @Flag(help: "Start from no weights instead of --prior.")
    var noPrior = false

    @Flag(help: "Print leave-one-article-out accuracies of several settings and write nothing.")
    var crossValidate = false

    @Flag(
        help:
            "With --cross-validate: list the decisions the chosen settings get wrong, with their candidates' features and scores."
    )
    var showMisses = false

    @Option(
        help:
            "With --cross-validate: leave out the features that start with this (after the prefix), to see what a feature family brings; repeatable."
    )
    var without: [String] = []

    @Flag(
        help: "With --cross-validate: only the chosen setting (--features, --epochs, from --prior, rate 1).")
    var chosenOnly = false

    @Option(help: "Where to write the weights.")
    var output = "Sources/ParoleKit/Resources/fr/speaker-weights.txt"

    @Option(
        help:
            "Print the ranking of every quote of these article files (candidates, features, scores under the shipped weights) and write nothing; repeatable."
    )
    var explain: [String] = []

    func run() throws {
        if !explain.isEmpty {
            let analyzer = Analyzer()
            let ranker = SpeakerRanker.french
            for path in explain {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                print("== \(path)")
                for sample in analyzer.speakerSamples(text: text) {
                    let scalars = Array(text.unicodeScalars)
                    let words = String(
                        String.UnicodeScalarView(scalars[sample.quote.start..<sample.quote.end]))
                    print("quote «\(words.prefix(60))»\(sample.ranked ? "" : " (certain)")")
                    let scores = sample.candidates.map { ranker.score($0.features) }
                    let best = scores.indices.max { scores[$0] < scores[$1] }
                    for (k, c) in sample.candidates.enumerated() {
                        let shown = c.features.filter { $0.contains(":") }
                        print(
                            "  \(k == best ? "*" : " ") \(String(format: "%6.2f", scores[k])) "
                                + "\(c.names.first ?? "nobody")  \(shown.joined(separator: " "))")
                    }
                }
            }
            return
        }
        guard let featureSet = SpeakerWeightsTrainer.FeatureSet(rawValue: features) else {
            throw ValidationError("--features is both, prefixed or shared")
        }
        var files = try tuneGold.files()
        if !noProbes, !files.isEmpty, !tuneGold.goldEven.contains(probes) {
            files += try SpeakerWeightsTrainer.goldFiles(probes, evenOnly: true)
        }
        guard !files.isEmpty else { throw ValidationError("give --gold or --gold-even with gold articles") }
        let priorWeights = try SpeakerRanker(parsing: String(contentsOfFile: prior, encoding: .utf8)).weights
        var counts = SpeakerWeightsTrainer.Counts()
        let decisions = try SpeakerWeightsTrainer.decisions(
            files: files, analyzer: SpeakerWeightsTrainer.analyzer(rankingWith: priorWeights), counts: &counts
        )
        let ranked = decisions.filter(\.ranked).count
        if crossValidate {
            print(
                "articles \(files.count), decisions \(decisions.count) (\(ranked) ranked by the analyzer), "
                    + "samples \(counts.samples), matched \(counts.matched), reachable \(counts.reachable)")
            print("leave-one-article-out accuracy on the ranked decisions:")
            for set in SpeakerWeightsTrainer.FeatureSet.allCases where !chosenOnly || set == featureSet {
                let restricted = SpeakerWeightsTrainer.restricted(decisions, to: set).map { d in
                    var d = d
                    d.candidates = d.candidates.map { features in
                        features.filter { f in
                            let name = f.split(separator: ":", maxSplits: 1).last.map(String.init) ?? f
                            return !without.contains { name.hasPrefix($0) }
                        }
                    }
                    return d
                }
                for start in chosenOnly ? ["prior"] : ["prior", "zero"] {
                    for e in chosenOnly ? [epochs] : [1, 3, 5, 10, 20] {
                        for rate in start == "prior" ? (chosenOnly ? [rate] : [0.25, 0.5, 1]) : [1.0] {
                            let (right, total, byWay) = SpeakerWeightsTrainer.crossValidated(
                                restricted, epochs: e, prior: start == "prior" ? priorWeights : [:],
                                rate: rate, minArticles: minArticles)
                            let share = total > 0 ? Double(right) / Double(total) : 0
                            let ways = byWay.keys.sorted().map {
                                "\($0) \(byWay[$0]!.right)/\(byWay[$0]!.total)"
                            }
                            print(
                                "  features \(set.rawValue), start \(start), epochs \(e), rate \(rate): "
                                    + "\(right)/\(total) " + String(format: "%.3f", share) + " ("
                                    + ways.joined(separator: ", ") + ")")
                        }
                    }
                }
                let priorOnly = SpeakerWeightsTrainer.accuracy(
                    priorWeights, on: restricted.filter(\.ranked))
                print("  features \(set.rawValue), prior alone: " + String(format: "%.3f", priorOnly))
            }
            if showMisses {
                let used = SpeakerWeightsTrainer.restricted(decisions, to: featureSet)
                for article in Set(used.map(\.article)).sorted() {
                    let w = SpeakerWeightsTrainer.train(
                        used.filter { $0.article != article }, epochs: epochs, prior: priorWeights,
                        rate: rate, minArticles: minArticles)
                    for d in used
                    where d.article == article && d.ranked && SpeakerWeightsTrainer.accuracy(w, on: [d]) < 1 {
                        print("MISS \(files[article].lastPathComponent)")
                        for (k, c) in d.candidates.enumerated() {
                            print(
                                "   \(d.isRight(k) ? "RIGHT" : "     ") \(SpeakerRanker(weights: w).score(c)) \(c)"
                            )
                        }
                    }
                }
            }
            return
        }
        let (text, accuracy) = SpeakerWeightsTrainer.weightsFile(
            decisions, articles: files.count, epochs: epochs, prior: noPrior ? [:] : priorWeights,
            priorName: noPrior ? nil : prior, features: featureSet, minArticles: minArticles, rate: rate)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print(
            "articles \(files.count), ranked quotes \(counts.samples), matched to gold \(counts.matched), "
                + "right speaker among candidates \(counts.reachable)")
        print(
            "decisions \(decisions.count) (\(ranked) ranked); training accuracy on the ranked "
                + "\(String(format: "%.3f", accuracy)); weights written to \(output)")
    }
}
