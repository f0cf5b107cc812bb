/// Scores candidate speakers of a quote whose speaker is not named (a pronoun, or no
/// attribution at all): a linear model over named binary features, with weights learned by
/// `parole-train speaker-weights` from the gold quotes of the tune half of the corpus and
/// shipped as `Resources/fr/speaker-weights.txt` (one `feature<TAB>weight` line each).
public struct SpeakerRanker: Sendable {
    /// The weight of each feature; a feature without a weight counts 0.
    public let weights: [String: Double]

    /// Creates a ranker with `weights`.
    public init(weights: [String: Double]) {
        self.weights = weights
    }

    /// An error in a weights file.
    public struct FormatError: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Reads a weights file: `feature<TAB>weight` lines, `#` comments.
    public init(parsing text: String) throws {
        do {
            weights = try FeatureWeights.parse(text, file: "speaker-weights.txt")
        } catch let error as ResourceFormatError {
            throw FormatError(description: error.description)
        }
    }

    /// The score of a candidate with `features`.
    public func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// A weight at or below this is a veto: a candidate with such a feature (a pronoun of the
    /// other gender, a description naming another office) is never chosen, however many other
    /// features speak for it. Learned weights grow what the tune data trusts (recency,
    /// subjecthood, being a person) until their sum outvoted a -8, which the weights file
    /// could not hold as a rule of agreement.
    public static let vetoWeight = -8.0

    /// Whether a candidate with `features` is vetoed (``vetoWeight``).
    public func isVetoed(_ features: [String]) -> Bool {
        features.contains { (weights[$0] ?? 0) <= Self.vetoWeight }
    }

    /// The index of the best-scoring candidate among `candidates`' feature lists. The last one
    /// ("nobody") is the default: another wins only with a strictly higher score, the first of
    /// equals, and never when it is vetoed. `candidates` holds at least that last one.
    public func best(of candidates: [[String]]) -> Int {
        precondition(!candidates.isEmpty, "a ranking has at least the nobody candidate")
        var best = candidates.count - 1
        var bestScore = score(candidates[best])
        for k in 0..<(candidates.count - 1) where !isVetoed(candidates[k]) {
            let score = score(candidates[k])
            if score > bestScore {
                best = k
                bestScore = score
            }
        }
        return best
    }

    /// The weights as a file, features in sorted order (deterministic bytes).
    public func serialized(header: String) -> String { FeatureWeights.serialized(weights, header: header) }

    /// The shipped French weights; a broken file stops the program with its error.
    public static let french: SpeakerRanker = {
        do {
            return try SpeakerRanker(parsing: ResourceFile.text("speaker-weights.txt"))
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()
}

/// The candidates the ranker chose among for one quote, with the names each goes by: what
/// `parole-train speaker-weights` learns from, by matching them to the gold speakers.
public struct SpeakerSample: Sendable {
    /// One candidate: an actor (its names) or nobody (no names).
    public struct Candidate: Sendable {
        /// The actor's name, aliases and roles; empty for the "nobody" candidate.
        public var names: [String]
        /// The candidate's features.
        public var features: [String]
    }

    /// The quote's span.
    public var quote: Span
    /// The candidates, in the order the ranker saw them.
    public var candidates: [Candidate]
    /// Whether the ranker chose the speaker; false when a certain attribution (a name in the
    /// cue's slot) did and the candidates were only recorded for training.
    public var ranked: Bool = true
}
