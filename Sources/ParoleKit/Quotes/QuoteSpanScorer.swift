/// Decides whether words in quotation marks that an attribution strategy took for a quote are
/// one, or a term, a title, a scare quote or a slogan: a logistic model over named binary
/// features of the stretch (its length, whether it reads as a clause, what stands before and
/// after the marks, where its cue stands), with weights learned by `parole-train
/// quote-span-weights` from the gold quotes of the tune half and shipped as
/// `Resources/fr/quote-span-weights.txt` (one `feature<TAB>weight` line each).
public struct QuoteSpanScorer: Sendable {
    /// The weight of each feature; a feature without a weight counts 0.
    public let weights: [String: Double]

    /// Creates a scorer with `weights`.
    public init(weights: [String: Double]) {
        self.weights = weights
    }

    /// Reads a weights file: `feature<TAB>weight` lines, `#` comments.
    public init(parsing text: String) throws {
        weights = try FeatureWeights.parse(text, file: "quote-span-weights.txt")
    }

    /// The model's log-odds that a stretch with `features` is a quote.
    public func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// Whether a stretch with `features` is kept as a quote: log-odds of at least 0.
    public func keeps(_ features: [String]) -> Bool { score(features) >= 0 }

    /// The weights as a file, features in sorted order (deterministic bytes).
    public func serialized(header: String) -> String { FeatureWeights.serialized(weights, header: header) }

    /// The shipped French weights; a broken file stops the program with its error.
    public static let french: QuoteSpanScorer = {
        do {
            return try QuoteSpanScorer(parsing: ResourceFile.text("quote-span-weights.txt"))
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()
}

/// One stretch in quotation marks, as the span scorer saw it: what
/// `parole-train quote-span-weights` learns from, by matching it to the gold quotes.
public struct QuoteSpanSample: Sendable {
    /// The spans of the quotes a strategy made of the stretch (two for "« A, dit X. B »"), or
    /// of its words when none did.
    public var quotes: [Span]
    /// Its features.
    public var features: [String]
    /// Whether a strategy attributed the stretch and no rule for names and labels dropped it:
    /// only those stretches are scored when analysing; the others teach the shared features.
    public var attributed: Bool
    /// The name of the strategy that attributed it ("" when none did), for listings; for a
    /// place where a reported claim may end, ``claimEnd``.
    public var strategy = ""

    /// The strategy name of a place where a reported claim may end (``ClaimEndFeatures``): its
    /// `quotes` are the claim stopped there, then the claim going on; the trainer learns from it
    /// which of the two the gold holds.
    public static let claimEnd = "claim-end"
}

/// Collects the span scorer's samples while the quote finder runs (training only).
final class QuoteSpanSampleSink {
    var samples: [QuoteSpanSample] = []
}
