import Foundation
import ParoleKit

extension SpeakerWeightsTrainer {
    /// Leave-one-article-out accuracy as the analysis meets it: for each article, `learner`
    /// fits weights on the decisions of every other article (extracted with the prior's
    /// ranking, as for the shipped weights), the article is analysed again ranking with those
    /// weights, and its ranked quotes are scored. Unlike ``crossValidated(_:learner:prior:minArticles:onlyRanked:)``,
    /// the features that depend on earlier choices ("last speaker", "spoke") come from the
    /// fitted weights' own choices, as in the shipped analysis, and ties go to "nobody" as
    /// ``SpeakerRanker/best(of:)`` breaks them.
    public static func crossValidatedByAnalysis(
        files: [URL], decisions: [Decision], learner: Learner, prior: [String: Double], features: FeatureSet,
        minArticles: Int
    ) throws -> (right: Int, total: Int, byWay: [String: (right: Int, total: Int)]) {
        try crossValidatedByAnalysis(
            files: files, decisions: decisions, learner: learner, prior: prior, features: features,
            minArticles: minArticles, fold: { $0 })
    }

    /// A two-way split of the articles for ``crossValidatedByAnalysis(files:decisions:learner:prior:features:minArticles:fold:)``:
    /// alternately by article number (0, 1, 0, 1 …), or `byPairs` (0, 0, 1, 1 …). Two splits of
    /// the same articles tell a gain from the noise of one split: the same weights' figure moves
    /// between them by as much as the change measured.
    public static func twoWayFold(byPairs: Bool) -> (Int) -> Int {
        byPairs ? { $0 / 2 % 2 } : { $0 % 2 }
    }

    /// Cross-validated accuracy as the analysis meets it, with the articles grouped into folds by
    /// `fold` (article number → fold): for each fold, `learner` fits weights on the decisions of
    /// the articles of every other fold, each article of the fold is analysed again ranking with
    /// those weights, and its ranked quotes are scored. `fold` the identity: leave one article
    /// out; `{ $0 % 2 }`: a two-way split, half of the articles learning for the other half
    /// (which features carry over to articles they were not fitted on).
    public static func crossValidatedByAnalysis(
        files: [URL], decisions: [Decision], learner: Learner, prior: [String: Double], features: FeatureSet,
        minArticles: Int, fold: (Int) -> Int
    ) throws -> (right: Int, total: Int, byWay: [String: (right: Int, total: Int)]) {
        let used = restricted(decisions, to: features)
        var right = 0
        var total = 0
        var byWay: [String: (right: Int, total: Int)] = [:]
        var folds: [Int: [Int]] = [:]
        for article in files.indices { folds[fold(article), default: []].append(article) }
        for key in folds.keys.sorted() {
            let weights = learner.train(
                used.filter { fold($0.article) != key }, prior: prior, minArticles: minArticles)
            let analyzer = analyzer(rankingWith: weights)
            let ranker = SpeakerRanker(weights: weights)
            for article in folds[key] ?? [] {
                var counts = Counts()
                let test = try Self.decisions(files: [files[article]], analyzer: analyzer, counts: &counts)
                for d in restricted(test, to: features) where d.ranked {
                    let ok = d.isRight(ranker.best(of: d.candidates))
                    let way = way(of: d)
                    byWay[way, default: (0, 0)].total += 1
                    total += 1
                    if ok {
                        byWay[way, default: (0, 0)].right += 1
                        right += 1
                    }
                }
            }
        }
        return (right, total, byWay)
    }
}
