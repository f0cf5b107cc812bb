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
    var probes = GoldCorpus.pressProbes

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

    @Option(help: "How the weights are fitted: log-linear or perceptron.")
    var learner = LearnerName.logLinear

    @Option(
        help:
            "Strength (>= 0) of the log-linear ranker's pull towards the prior's weights; repeatable: --cross-validate without --chosen-only measures each, otherwise the first is used."
    )
    var penalty: [Double] = []

    @Flag(
        inversion: .prefixedNo,
        help: "Log-linear ranker: every candidate the gold accepts is a right answer (else the first).")
    var anyAccepted = true

    @Flag(
        help:
            "Log-linear ranker: centre the Gaussian prior on the prior's weights themselves, not times a learned factor."
    )
    var unscaled = false

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

    @Flag(
        help:
            "With --cross-validate: score each left-out article by analysing it again with the weights fitted on the others (earlier choices feed later features, ties go to nobody, as in the shipped analysis)."
    )
    var byAnalysis = false

    @Option(
        help:
            "With --cross-validate: leave out the features that start with this (after the prefix), from the decisions and from the prior (so the analysis that extracts and scores the decisions does not use them either), to see what a feature family brings; repeatable."
    )
    var without: [String] = []

    @Flag(
        help:
            "With --cross-validate --by-analysis: a two-way split instead of leaving one article out (the articles alternately in file order; each half fitted on the other), to see which features carry over."
    )
    var twoFold = false

    @Flag(
        help:
            "With --cross-validate --by-analysis --two-fold: split the articles by pairs (article number / 2 even or odd) instead of alternately, a second split to tell a gain from noise."
    )
    var splitPairs = false

    /// Whether `--without` leaves out `feature` (the name after its prefix starts with one given).
    func leavesOut(_ feature: String) -> Bool {
        let name = feature.split(separator: ":", maxSplits: 1).last.map(String.init) ?? feature
        return without.contains { name.hasPrefix($0) }
    }

    @Flag(
        help:
            "With --cross-validate: only the chosen setting (--features, --learner and its options, from --prior)."
    )
    var chosenOnly = false

    @Option(help: "Where to write the weights.")
    var output = "Sources/ParoleKit/Resources/fr/speaker-weights.txt"

    @Option(
        help:
            "Print the ranking of every quote of these article files (candidates, features, scores under the shipped weights) and write nothing; repeatable."
    )
    var explain: [String] = []

    @Flag(
        help:
            "Print, for the ranked quotes of the gold files (and the even probes), where the gold speaker stood under the shipped weights (chosen, second, lower, not a candidate), by way of naming and by half (file number / 2 even or odd), and write nothing."
    )
    var goldPlaces = false

    /// The learner of `--learner`, with the first `--penalty` (else the shipped one's).
    func chosenLearner() throws -> SpeakerWeightsTrainer.Learner {
        switch learner {
        case .perceptron: return .perceptron(epochs: epochs, rate: rate)
        case .logLinear:
            guard let p = penalty.first else {
                guard case .logLinear(let shipped, _, _) = SpeakerWeightsTrainer.chosenLearner else {
                    return SpeakerWeightsTrainer.chosenLearner
                }
                return .logLinear(penalty: shipped, anyAccepted: anyAccepted, scaled: !unscaled)
            }
            return .logLinear(penalty: p, anyAccepted: anyAccepted, scaled: !unscaled)
        }
    }

    /// Rejects a negative or non-finite `--penalty` before any work.
    func validate() throws {
        if let bad = penalty.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw ValidationError("--penalty must be 0 or more (got \(bad))")
        }
    }

    /// The settings `--cross-validate` measures, each with its label and the weights it starts
    /// from: the chosen one alone with `--chosen-only`, else a grid of both learners.
    func settings(prior: [String: Double]) throws -> [(
        String, SpeakerWeightsTrainer.Learner, [String: Double]
    )] {
        if chosenOnly {
            return [(try chosenLearner().description, try chosenLearner(), prior)]
                + (byAnalysis ? [("prior alone, by analysis", .priorAlone, prior)] : [])
        }
        var out: [(String, SpeakerWeightsTrainer.Learner, [String: Double])] = []
        for start in ["prior", "zero"] {
            for e in [1, 3, 5, 10, 20] {
                for rate in start == "prior" ? [0.25, 0.5, 1] : [1.0] {
                    let learner = SpeakerWeightsTrainer.Learner.perceptron(epochs: e, rate: rate)
                    out.append(
                        ("start \(start), \(learner.description)", learner, start == "prior" ? prior : [:]))
                }
            }
        }
        for any in [false, true] {
            for scaled in [false, true] {
                for p in penalty.isEmpty ? [0.001, 0.003, 0.01, 0.03, 0.1, 1] : penalty {
                    let learner = SpeakerWeightsTrainer.Learner.logLinear(
                        penalty: p, anyAccepted: any, scaled: scaled)
                    out.append((learner.description, learner, prior))
                }
            }
        }
        return out
    }

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
                    let best = ranker.best(of: sample.candidates.map(\.features))
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
        if goldPlaces {
            try printGoldPlaces()
            return
        }
        guard let featureSet = SpeakerWeightsTrainer.FeatureSet(rawValue: features) else {
            throw ValidationError("--features is both, prefixed or shared")
        }
        var files = try tuneGold.files()
        if !noProbes, !files.isEmpty, !tuneGold.goldEven.contains(probes) {
            files += try GoldCorpus.files(in: probes, evenOnly: true)
        }
        guard !files.isEmpty else { throw ValidationError("give --gold or --gold-even with gold articles") }
        let priorWeights = try SpeakerRanker(parsing: String(contentsOfFile: prior, encoding: .utf8)).weights
            .filter { !(crossValidate && leavesOut($0.key)) }
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
                    d.candidates = d.candidates.map { $0.filter { !leavesOut($0) } }
                    return d
                }
                for (label, learner, start) in try settings(prior: priorWeights) {
                    let (right, total, byWay) =
                        byAnalysis
                        ? try SpeakerWeightsTrainer.crossValidatedByAnalysis(
                            files: files, decisions: restricted, learner: learner, prior: start,
                            features: set,
                            minArticles: minArticles,
                            fold: twoFold ? SpeakerWeightsTrainer.twoWayFold(byPairs: splitPairs) : { $0 })
                        : SpeakerWeightsTrainer.crossValidated(
                            restricted, learner: learner, prior: start, minArticles: minArticles)
                    let share = total > 0 ? Double(right) / Double(total) : 0
                    let ways = byWay.keys.sorted().map { "\($0) \(byWay[$0]!.right)/\(byWay[$0]!.total)" }
                    print(
                        "  features \(set.rawValue), \(label): \(right)/\(total) "
                            + String(format: "%.3f", share)
                            + " (" + ways.joined(separator: ", ") + ")")
                }
                let priorOnly = SpeakerWeightsTrainer.accuracy(
                    priorWeights, on: restricted.filter(\.ranked))
                let rankedCount = restricted.filter(\.ranked).count
                print(
                    "  features \(set.rawValue), prior alone: \(Int((priorOnly * Double(rankedCount)).rounded()))/"
                        + "\(rankedCount) " + String(format: "%.3f", priorOnly))
            }
            if showMisses {
                let used = SpeakerWeightsTrainer.restricted(decisions, to: featureSet)
                for article in Set(used.map(\.article)).sorted() {
                    let w = try chosenLearner().train(
                        used.filter { $0.article != article }, prior: priorWeights, minArticles: minArticles)
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
            decisions, articles: files.count, learner: try chosenLearner(),
            prior: noPrior ? [:] : priorWeights, priorName: noPrior ? nil : prior, features: featureSet,
            minArticles: minArticles)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print(
            "articles \(files.count), ranked quotes \(counts.samples), matched to gold \(counts.matched), "
                + "right speaker among candidates \(counts.reachable)")
        print(
            "decisions \(decisions.count) (\(ranked) ranked); training accuracy on the ranked "
                + "\(String(format: "%.3f", accuracy)); weights written to \(output)")
    }

    /// `--gold-places`: the table of where the gold speakers stood, by directory, half and way.
    func printGoldPlaces() throws {
        var files = try tuneGold.files()
        if !noProbes, !tuneGold.goldEven.contains(probes) {
            files += try GoldCorpus.files(in: probes, evenOnly: true)
        }
        let analyzer = Analyzer()
        typealias Place = SpeakerWeightsTrainer.GoldPlace
        var table: [String: [Place: Int]] = [:]
        for goldURL in files {
            let textURL = goldURL.deletingLastPathComponent().appendingPathComponent(
                goldURL.lastPathComponent.replacingOccurrences(of: ".gold.json", with: ".txt"))
            let number = Int(goldURL.lastPathComponent.prefix { $0 != "." }.filter(\.isNumber)) ?? 0
            let group =
                "\(goldURL.deletingLastPathComponent().lastPathComponent) half \(number / 2 % 2 == 0 ? "A" : "B")"
            let rankings = try SpeakerWeightsTrainer.goldRankings(
                text: String(contentsOf: textURL, encoding: .utf8), gold: Data(contentsOf: goldURL),
                analyzer: analyzer)
            for r in rankings {
                if showMisses, r.place != .chosen, !goldURL.path.contains("/train/") || number % 2 == 0 {
                    let words = String(
                        String.UnicodeScalarView(
                            Array(try String(contentsOf: textURL, encoding: .utf8).unicodeScalars)[
                                r.quote.start..<r.quote.end]))
                    print(
                        "\(goldURL.lastPathComponent) \(r.way) \(r.place.rawValue) «\(words.prefix(50))» gold \(r.gold) | "
                            + r.ranking.prefix(4).map { "\($0.name) \(String(format: "%.2f", $0.score))" }
                            .joined(separator: "; "))
                }
                table["\(group) \(r.way)", default: [:]][r.place, default: 0] += 1
                table["\(group) all", default: [:]][r.place, default: 0] += 1
            }
        }
        print(
            "group way".padding(toLength: 34, withPad: " ", startingAt: 0)
                + Place.allCases.map { $0.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) }
                .joined())
        for key in table.keys.sorted() {
            print(
                key.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + Place.allCases.map {
                        String(table[key]![$0] ?? 0).padding(toLength: 8, withPad: " ", startingAt: 0)
                    }
                    .joined())
        }
    }
}
