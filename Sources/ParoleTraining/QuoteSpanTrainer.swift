import Foundation
import ParoleKit

/// Learns the weights of ``QuoteSpanScorer`` from gold articles: every stretch in quotation marks
/// that an attribution strategy took for a quote is a positive example when a gold quote covers
/// it (character spans overlapping with a Jaccard index of at least 0.5, as `score.py` matches)
/// and a negative one otherwise (a term, a title, a scare quote the gold leaves out). A logistic
/// regression with an L2 penalty is fitted by full-batch gradient descent from zero weights, in
/// a fixed order, so the weights are deterministic.
public enum QuoteSpanTrainer {
    /// The L2 penalty of the shipped weights, chosen by leave-one-article-out cross-validation
    /// on the tune half and the even press probes (docs/accuracy.md).
    public static let chosenPenalty = 0.003
    /// Gradient steps of the shipped weights.
    public static let chosenSteps = 400
    /// Articles written for the scorer (relative to the package root), all used for training
    /// besides the tune half and the even press probes.
    public static let spanProbes = "TrainingData/fr/quote-span-probes"

    /// One stretch: its features, whether the gold holds it, and its article.
    public struct Example: Sendable {
        /// The stretch's features.
        public var features: [String]
        /// Whether a gold quote covers it.
        public var isQuote: Bool
        /// The article it comes from (for leave-one-article-out cross-validation).
        public var article: Int
        /// The quoted words (for listings).
        public var words = ""
        /// Whether a strategy attributed the stretch: only those are scored when analysing.
        public var attributed = true
        /// The strategy that attributed it (for listings).
        public var strategy = ""
        /// Whether it is a place where a reported claim may end (``QuoteSpanSample/claimEnd``):
        /// `isQuote` then says that the claim stops there. Those examples are fitted apart from
        /// the stretches' (their features all start with `end`), into the same weights file.
        public var isClaimEnd: Bool { strategy == QuoteSpanSample.claimEnd }

        /// An example.
        public init(features: [String], isQuote: Bool, article: Int) {
            self.features = features
            self.isQuote = isQuote
            self.article = article
        }
    }

    /// The examples of one gold article.
    public static func examples(text: String, gold: Data, analyzer: Analyzer, article: Int) throws
        -> [Example]
    {
        let spans = try goldSpans(text: text, gold: gold)
        let scalars = Array(text.unicodeScalars)
        return analyzer.quoteSpanSamples(text: text).compactMap { sample in
            sample.strategy == QuoteSpanSample.claimEnd
                ? claimEndExample(of: sample, gold: spans, article: article)
                : example(of: sample, gold: spans, scalars: scalars, article: article)
        }
    }

    /// The example of a place where a claim may end: it stops there (`isQuote`) when the claim
    /// stopped there overlaps the gold quote they both overlap most more than the claim going
    /// on does; nil when neither overlaps a gold quote by a third, or both equally (the gold
    /// says nothing about the place).
    static func claimEndExample(of sample: QuoteSpanSample, gold spans: [Span], article: Int) -> Example? {
        guard sample.quotes.count == 2 else { return nil }
        let stopped = sample.quotes[0]
        let goingOn = sample.quotes[1]
        guard
            let best = spans.max(by: {
                max(overlap($0, stopped), overlap($0, goingOn))
                    < max(overlap($1, stopped), overlap($1, goingOn))
            })
        else { return nil }
        let stop = overlap(best, stopped)
        let go = overlap(best, goingOn)
        guard max(stop, go) >= 1.0 / 3, stop != go else { return nil }
        var example = Example(features: sample.features, isQuote: stop > go, article: article)
        example.attributed = false
        example.strategy = sample.strategy
        return example
    }

    /// The example of one sample: a quote when one of its spans covers half of a gold quote's.
    /// A sample with no span (a strategy that made no quote of its stretch) is no quote and has
    /// no words.
    static func example(
        of sample: QuoteSpanSample, gold spans: [Span], scalars: [Unicode.Scalar], article: Int
    )
        -> Example
    {
        let covered = sample.quotes.contains { quote in spans.contains { overlap($0, quote) >= 0.5 } }
        var example = Example(features: sample.features, isQuote: covered, article: article)
        example.attributed = sample.attributed
        example.strategy = sample.strategy
        if let first = sample.quotes.first, first.end <= scalars.count {
            example.words = String(String.UnicodeScalarView(scalars[first.start..<first.end]))
        }
        return example
    }

    /// The examples of every gold file (its text is `NAME.txt` beside it), numbered by article.
    public static func examples(files: [URL], analyzer: Analyzer) throws -> [Example] {
        var out: [Example] = []
        for (article, goldURL) in files.enumerated() {
            let textURL = goldURL.deletingLastPathComponent().appendingPathComponent(
                goldURL.lastPathComponent.replacingOccurrences(of: ".gold.json", with: ".txt"))
            out += try examples(
                text: String(contentsOf: textURL, encoding: .utf8), gold: Data(contentsOf: goldURL),
                analyzer: analyzer, article: article)
        }
        return out
    }

    /// Fits the weights on `examples`: `steps` gradient steps of the mean log-loss plus
    /// `penalty` times the squared weights (the "bias" feature is not penalised).
    public static func train(_ examples: [Example], penalty: Double, steps: Int) -> [String: Double] {
        let names = Array(Set(examples.flatMap(\.features))).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rows = examples.map { e in (e.features.compactMap { index[$0] }, e.isQuote ? 1.0 : 0.0) }
        var w = [Double](repeating: 0, count: names.count)
        let n = Double(max(rows.count, 1))
        let rate = 1.0
        for _ in 0..<steps {
            var gradient = [Double](repeating: 0, count: names.count)
            for (features, label) in rows {
                let z = features.reduce(0) { $0 + w[$1] }
                let error = 1 / (1 + exp(-z)) - label
                for k in features { gradient[k] += error / n }
            }
            for k in w.indices {
                let decay = names[k] == "bias" ? 0 : 2 * penalty * w[k]
                w[k] -= rate * (gradient[k] + decay)
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(names, w))
    }

    /// What keeping the attributed stretches the weights keep does against keeping them all:
    /// gold quotes lost and non-quotes dropped.
    public struct Outcome: Sendable, Equatable {
        /// Stretches the gold holds.
        public var quotes = 0
        /// Stretches the gold leaves out.
        public var others = 0
        /// Gold-held stretches the weights drop.
        public var quotesDropped = 0
        /// Left-out stretches the weights drop.
        public var othersDropped = 0

        /// No stretches counted yet.
        public init() {}

        mutating func count(_ e: Example, kept: Bool) {
            if e.isQuote {
                quotes += 1
                if !kept { quotesDropped += 1 }
            } else {
                others += 1
                if !kept { othersDropped += 1 }
            }
        }
    }

    /// How the weights do on `examples`.
    public static func outcome(_ weights: [String: Double], on examples: [Example]) -> Outcome {
        let scorer = QuoteSpanScorer(weights: weights)
        var outcome = Outcome()
        for e in examples where e.attributed { outcome.count(e, kept: scorer.keeps(e.features)) }
        return outcome
    }

    /// Leave-one-article-out: each article's stretches judged by weights fitted on the others.
    public static func crossValidated(
        _ examples: [Example], penalty: Double, steps: Int, counting counted: Set<Int>? = nil
    ) -> Outcome {
        var outcome = Outcome()
        for article in Set(examples.map(\.article)).sorted() where counted?.contains(article) ?? true {
            let weights = train(examples.filter { $0.article != article }, penalty: penalty, steps: steps)
            let scorer = QuoteSpanScorer(weights: weights)
            for e in examples where e.article == article && e.attributed {
                outcome.count(e, kept: scorer.keeps(e.features))
            }
        }
        return outcome
    }

    /// The family of a feature: its name up to the first colon ("w:16+" → "w", "label:after" →
    /// "label"), or the whole name.
    public static func family(_ feature: String) -> String {
        feature.split(separator: ":", maxSplits: 1).first.map(String.init) ?? feature
    }

    /// Two-fold cross-validation: the counted articles split in two folds by `fold` (0 or 1; nil:
    /// an article that trains every fold, as the span probes), each fold judged by weights fitted
    /// on the other fold and the uncounted articles. Without `family`, all features; with it, the
    /// weights are fitted and applied without that family's features (what the family adds is
    /// the difference). One outcome per fold.
    public static func twoFold(
        _ examples: [Example], fold: (Int) -> Int?, penalty: Double, steps: Int, without family: String? = nil
    ) -> [Outcome] {
        let kept = examples.map { e -> Example in
            guard let family else { return e }
            var e = e
            e.features = e.features.filter { $0 == "bias" || Self.family($0) != family }
            return e
        }
        return (0..<2).map { k in
            let weights = train(kept.filter { fold($0.article) != k }, penalty: penalty, steps: steps)
            let scorer = QuoteSpanScorer(weights: weights)
            var outcome = Outcome()
            for e in kept where fold(e.article) == k && e.attributed {
                outcome.count(e, kept: scorer.keeps(e.features))
            }
            return outcome
        }
    }

    /// The weights file fitted on `examples` of `articles` gold articles.
    public static func weightsFile(_ examples: [Example], articles: Int, penalty: Double, steps: Int)
        -> String
    {
        let stretches = examples.filter { !$0.isClaimEnd }
        let ends = examples.filter(\.isClaimEnd)
        // The claim ends are fitted apart, so that they leave the stretches' weights as they were.
        let weights = train(stretches, penalty: penalty, steps: steps).merging(
            ends.isEmpty ? [:] : train(ends, penalty: penalty, steps: steps), uniquingKeysWith: { a, _ in a })
        let positives = stretches.filter(\.isQuote).count
        let stops = ends.filter(\.isQuote).count
        let header = """
            Quote span weights, learned by `parole-train quote-span-weights` (logistic regression,
            L2 penalty \(penalty), \(steps) gradient steps from zero) from \(articles) gold articles (the tune
            half, the even press probes, the span probes): \(stretches.count) stretches in quotation
            marks, \(positives) of them gold quotes. A stretch that a strategy attributed stays a quote
            when the sum of its features' weights is at least 0. w: = words, b: / a: = what stands
            before the opening / after the closing mark, cue: = where the attributing words stand,
            gap: = sentences back to the last quote with a named speaker. end… = a reported claim
            stops right after words in quotation marks inside it when the sum of those features'
            weights is above 0 (fitted apart on \(ends.count) such places, \(stops) of them where
            the gold claim stops).
            """
        return QuoteSpanScorer(weights: weights).serialized(header: header)
    }

    /// The spans (in Unicode scalars) of an article's gold quotes, each found after the one
    /// before (or anywhere when it is not there).
    static func goldSpans(text: String, gold: Data) throws -> [Span] {
        guard let json = try JSONSerialization.jsonObject(with: gold) as? [String: Any],
            let quotes = json["quotes"] as? [[String: Any]]
        else { return [] }
        let scalars = Array(text.unicodeScalars)
        var spans: [Span] = []
        var from = 0
        for q in quotes {
            guard let quoted = q["text"] as? String else { continue }
            let needle = Array(quoted.unicodeScalars)
            guard
                let at = firstIndex(of: needle, in: scalars, from: from)
                    ?? firstIndex(of: needle, in: scalars, from: 0)
            else { continue }
            spans.append(Span(at, at + needle.count))
            from = at + 1
        }
        return spans
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, from + needle.count <= hay.count else { return nil }
        return (from...(hay.count - needle.count)).first { start in
            hay[start] == needle[0] && hay[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    private static func overlap(_ a: Span, _ b: Span) -> Double {
        let shared = max(0, min(a.end, b.end) - max(a.start, b.start))
        let union = max(a.end, b.end) - min(a.start, b.start)
        return union > 0 ? Double(shared) / Double(union) : 0
    }
}
