import Foundation
import ParoleKit

extension SpeakerWeightsTrainer {
    /// Fits a conditional log-linear ranker: the probability of each candidate of a decision is
    /// the softmax of the candidates' scores (sums of feature weights), and the weights are the
    /// most probable ones given the decisions and a Gaussian prior centred on `prior` (maximum a
    /// posteriori): they minimise the mean negative log-probability of the right answer plus
    /// `penalty` times the squared distance of the weights from the prior's, found by
    /// limited-memory BFGS. With `scaled`, the centre is the prior's weights times one factor
    /// that is learned without penalty (the prior's rules keep their proportions while the
    /// softmax finds how sure they make it). With `anyAccepted`, the
    /// probability of the right answer is the sum over every candidate the gold accepts
    /// (`alsoRight`); else that of `right` alone. A feature seen in fewer than `minArticles`
    /// articles keeps its prior weight (times the factor). A veto (``SpeakerRanker/vetoWeight``)
    /// keeps its weight and its candidates out of the softmax, as the ranker never chooses them;
    /// a decision whose right candidates are all vetoed teaches nothing. Every other weight stays
    /// at or above ``lowestLearnedWeight``: only the prior makes vetoes. Deterministic: features
    /// are indexed in sorted order and decisions visited in their order.
    public static func trainLogLinear(
        _ decisions: [Decision], prior: [String: Double], penalty: Double, minArticles: Int = 1,
        anyAccepted: Bool = false, scaled: Bool = false
    ) -> [String: Double] {
        var articlesOf: [String: Set<Int>] = [:]
        for d in decisions {
            for f in d.candidates.joined() { articlesOf[f, default: []].insert(d.article) }
        }
        func isVeto(_ f: String) -> Bool { (prior[f] ?? 0) <= SpeakerRanker.vetoWeight }
        let learned = articlesOf.filter { $0.value.count >= minArticles && !isVeto($0.key) }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: learned.enumerated().map { ($1, $0) })
        // Each candidate not vetoed: the indices of its learned features and the prior's score of
        // all its features (times the factor in the model).
        struct Candidate {
            var features: [Int]
            var priorScore: Double
        }
        let rows: [(candidates: [Candidate], right: [Int])] = decisions.compactMap { d in
            let kept = d.candidates.indices.filter { !d.candidates[$0].contains(where: isVeto) }
            let candidates = kept.map { k in
                Candidate(
                    features: d.candidates[k].compactMap { index[$0] },
                    priorScore: d.candidates[k].reduce(0) { $0 + (prior[$1] ?? 0) })
            }
            let preferred = anyAccepted ? kept.indices.filter { d.preferred.contains(kept[$0]) } : []
            let right =
                preferred.isEmpty
                ? kept.indices.filter { anyAccepted ? d.isRight(kept[$0]) : kept[$0] == d.right } : preferred
            return right.isEmpty ? nil : (candidates, right)
        }
        let count = Double(max(rows.count, 1))
        let factor = learned.count  // the index of the factor among the variables
        // The variables: each learned feature's distance from its centre, then the factor.
        let optimum = LimitedMemoryBFGS().minimize(from: [Double](repeating: 0, count: learned.count) + [1]) {
            x in
            let scale = scaled ? x[factor] : 1
            var value = 0.0
            var gradient = [Double](repeating: 0, count: x.count)
            for row in rows {
                let scores = row.candidates.map { c in c.features.reduce(scale * c.priorScore) { $0 + x[$1] }
                }
                let top = scores.max() ?? 0
                let all = scores.map { exp($0 - top) }
                let total = all.reduce(0, +)
                let rightTotal = row.right.reduce(0) { $0 + all[$1] }
                value += (log(total) - log(rightTotal)) / count
                for (k, c) in row.candidates.enumerated() {
                    var share = all[k] / total
                    if row.right.contains(k) { share -= all[k] / rightTotal }
                    guard share != 0 else { continue }
                    for f in c.features { gradient[f] += share / count }
                    if scaled { gradient[factor] += share * c.priorScore / count }
                }
            }
            for f in 0..<learned.count {
                value += penalty * x[f] * x[f]
                gradient[f] += 2 * penalty * x[f]
            }
            return (value, gradient)
        }
        let scale = scaled ? optimum[factor] : 1
        var weights = prior.mapValues { $0 <= SpeakerRanker.vetoWeight ? $0 : clampedAboveVeto(scale * $0) }
        for (f, name) in learned.enumerated() {
            weights[name] = clampedAboveVeto(scale * (prior[name] ?? 0) + optimum[f])
        }
        return weights
    }

    /// The lowest weight a feature the prior does not veto may learn: a margin above
    /// ``SpeakerRanker/vetoWeight``, so that a weight learned low (or rounded when written)
    /// never becomes a veto by accident. Vetoes are the prior's, named there.
    public static let lowestLearnedWeight = SpeakerRanker.vetoWeight + 0.5

    /// `weight`, raised to ``lowestLearnedWeight`` when below it.
    static func clampedAboveVeto(_ weight: Double) -> Double { max(weight, lowestLearnedWeight) }
}
