import ArgumentParser
import Foundation
import ParoleKit

/// Learns the weights of ``SpeakerRanker`` from gold articles: each quote whose speaker the
/// analyzer ranked is matched to its gold quote (character spans overlapping with a Jaccard
/// index of at least 0.5, as `score.py` matches), the right candidate is the one whose names
/// hold a gold speaker name, and an averaged perceptron moves the weights towards it. Files,
/// quotes and candidates are visited in a fixed order, so the weights are deterministic.
struct SpeakerWeightsTrainer {
    /// One training decision: the candidates' features and which one is right.
    struct Decision {
        var candidates: [[String]]
        var right: Int
        /// Whether the analyzer ranks this quote (false: a certain attribution was made, the
        /// decision only teaches the shared features).
        var ranked = true
        /// The article it comes from (for leave-one-article-out cross-validation).
        var article = 0
    }

    /// Statistics of the matching, for the report.
    struct Counts {
        var samples = 0
        var matched = 0
        var reachable = 0
    }

    /// The decisions of one gold article (`NAME.txt` + `NAME.gold.json`).
    static func decisions(text: String, gold: Data, analyzer: Analyzer, counts: inout Counts) throws
        -> [Decision]
    {
        let quotes = try goldQuotes(text: text, gold: gold)
        var out: [Decision] = []
        for sample in analyzer.speakerSamples(text: text) {
            counts.samples += 1
            var best: (overlap: Double, names: Set<String>)? = nil
            for q in quotes {
                let overlap = jaccard(q.span, (sample.quote.start, sample.quote.end))
                if overlap >= 0.5, overlap > best?.overlap ?? 0 { best = (overlap, q.names) }
            }
            guard let best else { continue }
            counts.matched += 1
            guard
                let right = sample.candidates.firstIndex(where: { c in
                    c.names.contains { best.names.contains(normalized($0)) }
                })
            else { continue }
            counts.reachable += 1
            out.append(
                Decision(candidates: sample.candidates.map(\.features), right: right, ranked: sample.ranked))
        }
        return out
    }

    /// Which features a model uses: every feature is emitted both shared (`named`) and under
    /// the prefix of how the quote names its speaker (`p:named`).
    enum FeatureSet: String, CaseIterable, ExpressibleByArgument {
        case both, prefixed, shared

        func keeps(_ feature: String) -> Bool {
            switch self {
            case .both: true
            case .prefixed: feature.contains(":")
            case .shared: !feature.contains(":")
            }
        }
    }

    /// `decisions` with only the features of `set`.
    static func restricted(_ decisions: [Decision], to set: FeatureSet) -> [Decision] {
        decisions.map { d in
            var d = d
            d.candidates = d.candidates.map { $0.filter(set.keeps) }
            return d
        }
    }

    /// Leave-one-article-out accuracy on the ranked decisions: for each article, weights trained
    /// on the decisions of every other article choose among its candidates.
    static func crossValidated(
        _ decisions: [Decision], epochs: Int, prior: [String: Double], onlyRanked: Bool = true
    ) -> (right: Int, total: Int, byWay: [String: (right: Int, total: Int)]) {
        var right = 0
        var total = 0
        var byWay: [String: (right: Int, total: Int)] = [:]
        for article in Set(decisions.map(\.article)).sorted() {
            let test = decisions.filter { $0.article == article && (!onlyRanked || $0.ranked) }
            guard !test.isEmpty else { continue }
            let weights = train(decisions.filter { $0.article != article }, epochs: epochs, prior: prior)
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
    static func way(of decision: Decision) -> String {
        for f in decision.candidates.last ?? [] {
            if let colon = f.firstIndex(of: ":") { return String(f[...colon]) }
        }
        return "?"
    }

    /// Trains an averaged perceptron for `epochs` passes over `decisions`, starting from `prior`.
    static func train(_ decisions: [Decision], epochs: Int, prior: [String: Double] = [:]) -> [String: Double]
    {
        var weights = prior
        var sum: [String: Double] = [:]
        var steps = 0.0
        func score(_ f: [String]) -> Double { f.reduce(0) { $0 + (weights[$1] ?? 0) } }
        for _ in 0..<epochs {
            for d in decisions {
                var best = 0
                var bestScore = -Double.infinity
                for (k, f) in d.candidates.enumerated() {
                    let s = score(f)
                    if s > bestScore {
                        best = k
                        bestScore = s
                    }
                }
                if best != d.right {
                    for f in d.candidates[d.right] { weights[f, default: 0] += 1 }
                    for f in d.candidates[best] { weights[f, default: 0] -= 1 }
                }
                for (k, w) in weights { sum[k, default: 0] += w }
                steps += 1
            }
        }
        return sum.mapValues { $0 / max(steps, 1) }
    }

    /// The share of `decisions` the weights get right.
    static func accuracy(_ weights: [String: Double], on decisions: [Decision]) -> Double {
        let ranker = SpeakerRanker(weights: weights)
        var right = 0
        for d in decisions {
            var best = 0
            var bestScore = -Double.infinity
            for (k, f) in d.candidates.enumerated() {
                let s = ranker.score(f)
                if s > bestScore {
                    best = k
                    bestScore = s
                }
            }
            if best == d.right { right += 1 }
        }
        return decisions.isEmpty ? 0 : Double(right) / Double(decisions.count)
    }

    /// The gold quotes of an article with their spans (in Unicode scalars) and normalised names.
    private static func goldQuotes(text: String, gold: Data) throws -> [(
        span: (Int, Int), names: Set<String>
    )] {
        guard let json = try JSONSerialization.jsonObject(with: gold) as? [String: Any],
            let quotes = json["quotes"] as? [[String: Any]]
        else { return [] }
        let scalars = Array(text.unicodeScalars)
        var out: [(span: (Int, Int), names: Set<String>)] = []
        var from = 0
        for q in quotes {
            guard let quoted = q["text"] as? String, let speakers = q["speaker"] as? [String] else {
                continue
            }
            let needle = Array(quoted.unicodeScalars)
            guard let at = find(needle, in: scalars, from: from) ?? find(needle, in: scalars, from: 0) else {
                continue
            }
            out.append(((at, at + needle.count), Set(speakers.map(normalized))))
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

    private static func jaccard(_ a: (Int, Int), _ b: (Int, Int)) -> Double {
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
}
