import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train quote-span-weights`: learns the quote span scorer's weights from gold articles
/// of the tune half and the even press probes only and writes them as `quote-span-weights.txt`.
struct QuoteSpanWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote-span-weights",
        abstract: "Learn which quoted stretches are quotes rather than terms or titles (tune half only).",
        discussion: """
            Every NAME.gold.json of each --gold directory is used; of each --gold-even directory,
            only the files whose name's number is even (the tune half of ../shared/corpus/train);
            the even press probes and the span probes are added unless --no-probes.
            """)

    @OptionGroup var tuneGold: TuneGoldOptions

    @Flag(help: "Leave the even press probes and the span probes out.")
    var noProbes = false

    @Option(
        help:
            "Articles written for the span scorer, all of them used (terms, titles and scare quotes beside quotes)."
    )
    var spanProbes = QuoteSpanTrainer.spanProbes

    @Option(help: "L2 penalty on the weights.")
    var penalty = QuoteSpanTrainer.chosenPenalty

    @Option(help: "Gradient steps.")
    var steps = QuoteSpanTrainer.chosenSteps

    @Flag(help: "Print leave-one-article-out outcomes of several penalties and write nothing.")
    var crossValidate = false

    @Flag(
        help:
            "List every stretch (gold quote or not, score under the shipped weights, features, words) and write nothing."
    )
    var list = false

    @Flag(
        help:
            "Print two-fold cross-validation inside the tune half (the articles other than the span probes, alternately in file order), with all features and without each family, and write nothing."
    )
    var twoFold = false

    @Option(
        help:
            "Write weights fitted without fold 0 or 1 of --two-fold's split (the span probes stay), to score that fold's articles with."
    )
    var leaveOutFold: Int?

    @Option(help: "A feature family (the name up to its colon: cue, w, b…) left out of training; repeatable.")
    var without: [String] = []

    @Option(help: "Where to write the weights.")
    var output = "Sources/ParoleKit/Resources/fr/quote-span-weights.txt"

    func run() throws {
        var files = try tuneGold.files()
        if !noProbes, !files.isEmpty {
            files += try GoldCorpus.files(in: GoldCorpus.pressProbes, evenOnly: true)
            files += try GoldCorpus.files(in: spanProbes, evenOnly: false)
        }
        guard !files.isEmpty else { throw ValidationError("give --gold or --gold-even with gold articles") }
        let all = try QuoteSpanTrainer.examples(files: files, analyzer: Analyzer()).map { e in
            var e = e
            e.features = e.features.filter { !without.contains(QuoteSpanTrainer.family($0)) }
            return e
        }
        // The places where a claim may end go only into the weights file (fitted apart there).
        let examples = all.filter { !$0.isClaimEnd }
        let positives = examples.filter(\.isQuote).count
        let ends = all.filter(\.isClaimEnd)
        print(
            "articles \(files.count), stretches \(examples.count), gold quotes \(positives); "
                + "claim ends \(ends.count), \(ends.filter(\.isQuote).count) of them stops")
        if list {
            let scorer = QuoteSpanScorer.french
            for e in examples {
                print(
                    "\(e.isQuote ? "GOLD" : "NOT ")\t\(e.attributed ? e.strategy.replacingOccurrences(of: " ", with: "-") : "---")\t\(String(format: "%.2f", scorer.score(e.features)))\t"
                        + "\(files[e.article].lastPathComponent)\t\(e.features.dropFirst().joined(separator: " "))\t"
                        + "\(e.words.prefix(70))")
            }
            // The places where a claim may end: STOP where the gold claim stops there.
            for e in ends {
                print(
                    "\(e.isQuote ? "STOP" : "GOES")\tclaim-end\t\(String(format: "%.2f", scorer.score(e.features)))\t"
                        + "\(files[e.article].lastPathComponent)\t\(e.features.dropFirst().joined(separator: " "))"
                )
            }
            return
        }
        // The two folds: the real articles alternately in file order (dev, even train, even press
        // probes each split half and half); the span probes train both folds.
        let real = files.indices.filter { !files[$0].path.contains(spanProbes) }
        let foldOf = Dictionary(uniqueKeysWithValues: real.enumerated().map { ($1, $0 % 2) })
        if twoFold {
            // Three ways of halving, so that a family's effect is not one split's accident:
            // alternately, by pairs, by runs of three.
            for run in 1...3 {
                let split = Dictionary(uniqueKeysWithValues: real.enumerated().map { ($1, ($0 / run) % 2) })
                print("split \(run): articles alternately in runs of \(run)")
                printTwoFold(examples, fold: { split[$0] })
            }
            return
        }
        if let leaveOutFold {
            let text = QuoteSpanTrainer.weightsFile(
                all.filter { foldOf[$0.article] != leaveOutFold }, articles: files.count,
                penalty: penalty,
                steps: steps)
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            let names = real.filter { foldOf[$0] == leaveOutFold }.map { files[$0].path }
            print("weights without fold \(leaveOutFold) written to \(output); fold \(leaveOutFold):")
            names.forEach { print("  \($0)") }
            return
        }
        if crossValidate {
            // Also counted on the real articles alone (the span probes, written for the scorer,
            // still train every fold): what the choice means for news rather than for the probes.
            let real = Set(files.indices.filter { !files[$0].path.contains(spanProbes) })
            for penalty in [0.001, 0.003, 0.01, 0.03, 0.1] {
                let o = QuoteSpanTrainer.crossValidated(examples, penalty: penalty, steps: steps)
                let r = QuoteSpanTrainer.crossValidated(
                    examples, penalty: penalty, steps: steps, counting: real)
                print(
                    "  penalty \(penalty), steps \(steps): quotes dropped \(o.quotesDropped)/\(o.quotes), "
                        + "others dropped \(o.othersDropped)/\(o.others), net \(o.othersDropped - o.quotesDropped); "
                        + "real articles: \(r.quotesDropped)/\(r.quotes), \(r.othersDropped)/\(r.others), "
                        + "net \(r.othersDropped - r.quotesDropped)"
                )
            }
            return
        }
        let text = QuoteSpanTrainer.weightsFile(
            all, articles: files.count, penalty: penalty, steps: steps)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        let o = QuoteSpanTrainer.outcome(try QuoteSpanScorer(parsing: text).weights, on: examples)
        print(
            "on the training stretches: quotes dropped \(o.quotesDropped)/\(o.quotes), others dropped "
                + "\(o.othersDropped)/\(o.others); weights written to \(output)")
    }

    /// Prints quotes lost and non-quotes dropped on each fold, with every feature family and
    /// without each one: a family carries over when leaving it out is worse on both folds.
    private func printTwoFold(_ examples: [QuoteSpanTrainer.Example], fold: (Int) -> Int?) {
        func line(_ label: String, _ outcomes: [QuoteSpanTrainer.Outcome]) -> String {
            let parts = outcomes.map { o in
                "\(o.quotesDropped)/\(o.quotes) lost, \(o.othersDropped)/\(o.others) dropped, net \(o.othersDropped - o.quotesDropped)"
            }
            return label.padding(toLength: 26, withPad: " ", startingAt: 0) + parts.joined(separator: " | ")
        }
        print("two folds (fold 0 | fold 1): quotes lost, non-quotes dropped, net")
        print(
            line(
                "all features", QuoteSpanTrainer.twoFold(examples, fold: fold, penalty: penalty, steps: steps)
            ))
        let families = Set(examples.flatMap(\.features).map(QuoteSpanTrainer.family)).subtracting(["bias"])
        for family in families.sorted() {
            let outcomes = QuoteSpanTrainer.twoFold(
                examples, fold: fold, penalty: penalty, steps: steps, without: family)
            print(line("without " + family, outcomes))
        }
    }
}
