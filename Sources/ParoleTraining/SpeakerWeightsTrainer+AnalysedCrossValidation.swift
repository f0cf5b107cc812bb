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
        let used = restricted(decisions, to: features)
        var right = 0
        var total = 0
        var byWay: [String: (right: Int, total: Int)] = [:]
        for (article, file) in files.enumerated() {
            let weights = learner.train(
                used.filter { $0.article != article }, prior: prior, minArticles: minArticles)
            var counts = Counts()
            let test = try Self.decisions(
                files: [file], analyzer: analyzer(rankingWith: weights), counts: &counts)
            let ranker = SpeakerRanker(weights: weights)
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
        return (right, total, byWay)
    }
}
