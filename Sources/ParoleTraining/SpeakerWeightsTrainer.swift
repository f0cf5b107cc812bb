import Foundation
import ParoleKit

/// Learns the weights of ``SpeakerRanker`` from gold articles: each quote whose speaker the
/// analyzer ranked is matched to its gold quote (character spans overlapping with a Jaccard
/// index of at least 0.5, as `score.py` matches), the right candidate is the one whose names
/// hold a gold speaker name, and an averaged perceptron moves the weights towards it. Files,
/// quotes and candidates are visited in a fixed order, so the weights are deterministic.
public struct SpeakerWeightsTrainer {
    /// How the shipped weights are fitted, chosen by leave-one-article-out cross-validation on
    /// the tune half and the even press probes together, each left-out article analysed again
    /// with the weights fitted without it (docs/accuracy.md): a log-linear ranker pulled towards
    /// the prior's weights times a learned factor, every candidate the gold accepts counted
    /// right. (The former perceptron, one pass at rate 0.25, scored below the prior alone.)
    /// Penalty 0.003 since the thirteenth session: 0.002–0.004 all beat 0.005 in both the
    /// leave-one-article-out and the two-way split by analysis.
    public static let chosenLearner = Learner.logLinear(penalty: 0.003, anyAccepted: true, scaled: true)
    /// The passes of a perceptron (`--learner perceptron`).
    public static let chosenEpochs = 1
    /// The fewest articles a feature must be seen in for its weight to move from the prior, in
    /// the shipped weights (chosen likewise).
    public static let chosenMinArticles = 3
    /// The size of a perceptron update against the prior's weights (`--learner perceptron`).
    public static let chosenRate = 0.25

    /// One training decision: the candidates' features and which one is right.
    public struct Decision: Sendable {
        /// The features of each candidate.
        public var candidates: [[String]]
        /// The index of the right candidate (the first whose names hold a gold speaker name).
        public var right: Int
        /// Every right candidate: a gold quote may accept several actors ("Gustavo Paredes" and
        /// "gouvernement péruvien"), and choosing any of them counts as right when accuracy is
        /// measured; training still moves towards `right`. Empty: only `right`.
        public var alsoRight: Set<Int> = []
        /// The right candidates that hold the gold's canonical name (the first of its list), when
        /// some do: a description's decision (`d:`) is trained towards these, so the description
        /// ("la syndicaliste") the gold also lists does not win over the named person it refers
        /// to. Empty: every right one.
        public var preferred: Set<Int> = []

        /// Whether choosing candidate `k` is right.
        public func isRight(_ k: Int) -> Bool { k == right || alsoRight.contains(k) }
        /// Whether the analyzer ranks this quote (false: a certain attribution was made, the
        /// decision only teaches the shared features).
        public var ranked = true
        /// The article it comes from (for leave-one-article-out cross-validation).
        public var article = 0
    }

    /// Statistics of the matching, for the report.
    public struct Counts: Sendable {
        /// Quotes the analyzer made a ranking for.
        public var samples = 0
        /// Of them, quotes that match a gold quote.
        public var matched = 0
        /// Of them, quotes whose gold speaker is among the candidates.
        public var reachable = 0

        /// No quotes counted yet.
        public init() {}
    }

    /// The decisions of one gold article (`NAME.txt` + `NAME.gold.json`).
    public static func decisions(text: String, gold: Data, analyzer: Analyzer, counts: inout Counts) throws
        -> [Decision]
    {
        let quotes = try goldQuotes(text: text, gold: gold)
        var out: [Decision] = []
        for sample in analyzer.speakerSamples(text: text) {
            counts.samples += 1
            var best: (overlap: Double, names: Set<String>, canonical: String)? = nil
            for q in quotes {
                let overlap = jaccard(q.span, (sample.quote.start, sample.quote.end))
                if overlap >= 0.5, overlap > best?.overlap ?? 0 { best = (overlap, q.names, q.canonical) }
            }
            guard let best else { continue }
            counts.matched += 1
            guard
                let right = sample.candidates.firstIndex(where: { c in
                    c.names.contains { best.names.contains(normalized($0)) }
                })
            else { continue }
            counts.reachable += 1
            var decision = Decision(
                candidates: sample.candidates.map(\.features), right: right, ranked: sample.ranked)
            decision.alsoRight = Set(
                sample.candidates.indices.filter { k in
                    sample.candidates[k].names.contains { best.names.contains(normalized($0)) }
                })
            decision.preferred = decision.alsoRight.filter { k in
                sample.candidates[k].names.contains { normalized($0) == best.canonical }
            }
            out.append(decision)
        }
        return out
    }

    /// Which features a model uses: every feature is emitted both shared (`named`) and under
    /// the prefix of how the quote names its speaker (`p:named`).
    public enum FeatureSet: String, CaseIterable, Sendable {
        /// Every feature.
        case both
        /// Only the features of one way of naming the speaker.
        case prefixed
        /// Only the shared features.
        case shared

        /// Whether the set holds `feature`.
        public func keeps(_ feature: String) -> Bool {
            switch self {
            case .both: true
            case .prefixed: feature.contains(":")
            case .shared: !feature.contains(":")
            }
        }
    }

    /// `decisions` with only the features of `set`.
    public static func restricted(_ decisions: [Decision], to set: FeatureSet) -> [Decision] {
        decisions.map { d in
            var d = d
            d.candidates = d.candidates.map { $0.filter(set.keeps) }
            return d
        }
    }

    /// Leave-one-article-out accuracy on the ranked decisions: for each article, weights trained
    /// by a perceptron on the decisions of every other article choose among its candidates.
    public static func crossValidated(
        _ decisions: [Decision], epochs: Int, prior: [String: Double], rate: Double = 1,
        minArticles: Int = 1, onlyRanked: Bool = true
    ) -> (right: Int, total: Int, byWay: [String: (right: Int, total: Int)]) {
        crossValidated(
            decisions, learner: .perceptron(epochs: epochs, rate: rate), prior: prior,
            minArticles: minArticles,
            onlyRanked: onlyRanked)
    }

    /// Leave-one-article-out accuracy on the ranked decisions: for each article, weights that
    /// `learner` fits on the decisions of every other article choose among its candidates.
    public static func crossValidated(
        _ decisions: [Decision], learner: Learner, prior: [String: Double], minArticles: Int = 1,
        onlyRanked: Bool = true
    ) -> (right: Int, total: Int, byWay: [String: (right: Int, total: Int)]) {
        var right = 0
        var total = 0
        var byWay: [String: (right: Int, total: Int)] = [:]
        for article in Set(decisions.map(\.article)).sorted() {
            let test = decisions.filter { $0.article == article && (!onlyRanked || $0.ranked) }
            guard !test.isEmpty else { continue }
            let weights = learner.train(
                decisions.filter { $0.article != article }, prior: prior, minArticles: minArticles)
            for d in test {
                let ok = accuracy(weights, on: [d]) == 1
                let way = way(of: d)
                byWay[way, default: (0, 0)].total += 1
                if ok {
                    byWay[way, default: (0, 0)].right += 1
                    right += 1
                }
                total += 1
            }
        }
        return (right, total, byWay)
    }

    /// How a decision's quote names its speaker: the prefix of its features ("p:"), or "?".
    public static func way(of decision: Decision) -> String {
        for f in decision.candidates.last ?? [] {
            if let colon = f.firstIndex(of: ":") { return String(f[...colon]) }
        }
        return "?"
    }

    /// Trains an averaged perceptron for `epochs` passes over `decisions`, starting from `prior`.
    /// A feature seen in fewer than `minArticles` articles of `decisions` keeps its prior weight:
    /// one article's quotes do not move a rule (the regulariser chosen by leave-one-article-out
    /// cross-validation, docs/accuracy.md).
    public static func train(
        _ decisions: [Decision], epochs: Int, prior: [String: Double] = [:], rate: Double = 1,
        minArticles: Int = 1
    ) -> [String:
        Double]
    {
        var articlesOf: [String: Set<Int>] = [:]
        if minArticles > 1 {
            for d in decisions {
                for f in d.candidates.joined() { articlesOf[f, default: []].insert(d.article) }
            }
        }
        func learns(_ f: String) -> Bool { minArticles <= 1 || (articlesOf[f]?.count ?? 0) >= minArticles }
        var weights = prior
        var sum: [String: Double] = [:]
        var steps = 0.0
        for _ in 0..<epochs {
            for d in decisions {
                // Chosen as the analysis chooses: ties and vetoes go to the last, "nobody".
                let best = SpeakerRanker(weights: weights).best(of: d.candidates)
                // Towards the first accepted candidate, `right` (moving only when no accepted one
                // wins let the tune half's three description decisions, which accept both a
                // person and the phrase, bend the written description rules).
                if best != d.right {
                    for f in d.candidates[d.right] where learns(f) { weights[f, default: 0] += rate }
                    for f in d.candidates[best] where learns(f) { weights[f, default: 0] -= rate }
                }
                for (k, w) in weights { sum[k, default: 0] += w }
                steps += 1
            }
        }
        return sum.mapValues { $0 / max(steps, 1) }
    }

    /// The share of `decisions` the weights get right, choosing as the analysis does
    /// (``SpeakerRanker/best(of:)``: ties and vetoes go to the last candidate, "nobody").
    public static func accuracy(_ weights: [String: Double], on decisions: [Decision]) -> Double {
        let ranker = SpeakerRanker(weights: weights)
        var right = 0
        for d in decisions where d.isRight(ranker.best(of: d.candidates)) { right += 1 }
        return decisions.isEmpty ? 0 : Double(right) / Double(decisions.count)
    }

    /// The gold quotes of an article with their spans (in Unicode scalars) and normalised names.
    static func goldQuotes(text: String, gold: Data) throws -> [(
        span: (Int, Int), names: Set<String>, canonical: String
    )] {
        guard let json = try JSONSerialization.jsonObject(with: gold) as? [String: Any],
            let quotes = json["quotes"] as? [[String: Any]]
        else { return [] }
        let scalars = Array(text.unicodeScalars)
        var out: [(span: (Int, Int), names: Set<String>, canonical: String)] = []
        var from = 0
        for q in quotes {
            guard let quoted = q["text"] as? String, let speakers = q["speaker"] as? [String] else {
                continue
            }
            let needle = Array(quoted.unicodeScalars)
            guard let at = find(needle, in: scalars, from: from) ?? find(needle, in: scalars, from: 0) else {
                continue
            }
            out.append(
                ((at, at + needle.count), Set(speakers.map(normalized)), speakers.first.map(normalized) ?? "")
            )
            from = at + 1
        }
        return out
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func jaccard(_ a: (Int, Int), _ b: (Int, Int)) -> Double {
        let inter = max(0, min(a.1, b.1) - max(a.0, b.0))
        let union = max(a.1, b.1) - min(a.0, b.0)
        return union > 0 ? Double(inter) / Double(union) : 0
    }

    /// A name folded as `score.py` folds it: lower case, ’ as ', single spaces, leading articles dropped.
    static func normalized(_ s: String) -> String {
        var t = s.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{00A0}", with: " ").lowercased()
        t = t.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
        let articles = ["le ", "la ", "les ", "l'", "un ", "une ", "des ", "du ", "de ", "d'"]
        var changed = true
        while changed {
            changed = false
            for a in articles where t.hasPrefix(a) && t.count > a.count {
                t = String(t.dropFirst(a.count)).trimmingCharacters(in: .whitespaces)
                changed = true
            }
        }
        return t
    }

    /// The analyzer whose quotes and candidates the weights are learned from: French, ranking
    /// speakers with `prior` instead of the shipped weights. The shipped weights then depend on
    /// the gold, the code and the prior alone, and one run of `parole-train speaker-weights`
    /// writes them. Learning from the shipped weights' own choices fed each training back into
    /// the next: with 100 press probes the retrainings went round six files without settling.
    public static func analyzer(rankingWith prior: [String: Double]) -> Analyzer {
        var language = Language.french
        language.speakerRanker = SpeakerRanker(weights: prior)
        return Analyzer(language: language)
    }

    /// The decisions of every gold file (its text is `NAME.txt` beside it), numbered by article.
    public static func decisions(files: [URL], analyzer: Analyzer, counts: inout Counts) throws -> [Decision]
    {
        var decisions: [Decision] = []
        for (article, goldURL) in files.enumerated() {
            let textURL = goldURL.deletingLastPathComponent().appendingPathComponent(
                goldURL.lastPathComponent.replacingOccurrences(of: ".gold.json", with: ".txt"))
            let text = try String(contentsOf: textURL, encoding: .utf8)
            decisions += try Self.decisions(
                text: text, gold: Data(contentsOf: goldURL), analyzer: analyzer, counts: &counts
            ).map { d in
                var d = d
                d.article = article
                return d
            }
        }
        return decisions
    }

    /// The weights file that `learner` fits on `decisions` of `articles` gold articles, from
    /// `prior` (named `priorName` in the header; empty: from no weights), with the features of
    /// `features`.
    public static func weightsFile(
        _ decisions: [Decision], articles: Int, learner: Learner, prior: [String: Double], priorName: String?,
        features: FeatureSet, minArticles: Int = 1
    ) -> (text: String, trainingAccuracy: Double) {
        let used = restricted(decisions, to: features)
        let weights = learner.train(used, prior: prior, minArticles: minArticles)
        let ranked = decisions.filter(\.ranked).count
        let header = """
            Speaker ranking weights, learned by `parole-train speaker-weights`
            (\(learner.description),
            from \(priorName ?? "no weights"), features \(features.rawValue),
            a feature learned only when seen in at least \(minArticles) articles)
            from \(articles) gold articles of the tune sets: \(decisions.count) decisions, \(ranked) of
            them ranked by the analyzer (the others made by a certain rule teach the shared features).
            Features without a prefix are shared; a: = quote whose cue names a phrase that is no name,
            p: = named by a pronoun, n: = named by nothing, c: = continuing a speaker's words,
            d: = a definite description of a person ("la maire sortante") referring back.
            """
        return (
            SpeakerRanker(weights: weights).serialized(header: header),
            accuracy(weights, on: used.filter(\.ranked))
        )
    }
}
