import Foundation
import ParoleKit

extension SpeakerWeightsTrainer {
    /// Where the gold speaker of a ranked quote stands among the candidates the analysis ranked.
    public enum GoldPlace: String, CaseIterable, Sendable {
        /// The ranker chose a candidate the gold accepts.
        case chosen
        /// A candidate the gold accepts scored second.
        case second
        /// The best candidate the gold accepts scored third or lower.
        case lower
        /// No candidate holds a gold speaker's name: no weight could choose it.
        case absent
    }

    /// One ranked quote matched to a gold quote: how its speaker was named (the features'
    /// prefix, "p:") and where the gold speaker stood.
    public struct GoldRanking: Sendable {
        /// The prefix of the quote's features: how it names its speaker.
        public var way: String
        /// Where the gold speaker stood.
        public var place: GoldPlace
        /// The quote's span in the article.
        public var quote: Span
        /// The gold speaker's names.
        public var gold: [String]
        /// The candidates' first names ("nobody" for the last) and scores, best first.
        public var ranking: [(name: String, score: Double)]
    }

    /// The place of the gold speaker in each ranking `analyzer` makes for the article `text`
    /// whose gold is `gold` (quotes matched as in training: a Jaccard index of at least 0.5),
    /// scored with the analyzer's own ranker; rankings a certain attribution overrode are left
    /// out. What splits the ranker's errors into missing candidates and misweighted features.
    public static func goldRankings(text: String, gold: Data, analyzer: Analyzer) throws -> [GoldRanking] {
        let quotes = try goldQuotes(text: text, gold: gold)
        let ranker = analyzer.language.speakerRanker
        var out: [GoldRanking] = []
        for sample in analyzer.speakerSamples(text: text) where sample.ranked {
            let span = (sample.quote.start, sample.quote.end)
            guard
                let names = quotes.filter({ jaccard($0.span, span) >= 0.5 })
                    .max(by: { jaccard($0.span, span) < jaccard($1.span, span) })?.names
            else { continue }
            let features = sample.candidates.map(\.features)
            let way = Self.way(of: Decision(candidates: features, right: 0))
            let ranking = sample.candidates.map { c in
                (name: c.names.first ?? "nobody", score: ranker.score(c.features))
            }
            .sorted { $0.score > $1.score }
            func ranked(_ place: GoldPlace) -> GoldRanking {
                GoldRanking(
                    way: way, place: place, quote: sample.quote, gold: names.sorted(), ranking: ranking)
            }
            let accepted = sample.candidates.indices.filter { k in
                sample.candidates[k].names.contains { names.contains(normalized($0)) }
            }
            guard !accepted.isEmpty else {
                out.append(ranked(.absent))
                continue
            }
            if accepted.contains(ranker.best(of: features)) {
                out.append(ranked(.chosen))
                continue
            }
            // Above the best accepted candidate: every candidate scoring strictly higher, and the
            // chosen one (which may tie it and win as the last, "nobody", does).
            let top = accepted.map { ranker.score(features[$0]) }.max()!
            let above = features.indices.filter { k in
                !accepted.contains(k) && ranker.score(features[k]) > top
            }.count
            out.append(ranked(max(above, 1) == 1 ? .second : .lower))
        }
        return out
    }
}
