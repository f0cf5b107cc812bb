import ParoleKit

/// Trains an ``EntityModel``: an averaged perceptron, greedy left-to-right with the
/// model's own previous labels as history, sentences visited in a fixed pseudo-random
/// order so that the same data always gives the same model.
///
/// Training matches greedy decoding (imitation learning, as in Goldberg and Nivre's dynamic
/// oracle): after ``goldHistoryEpochs`` epochs with the gold labels as history, the model's own
/// guesses are the history, and with ``dynamicOracle`` the target is the best label still
/// reachable from them. ``exploration`` below 1 keeps the gold history now and then.
public struct EntityModelTrainer {
    /// One training document: its observations, sentences and gold labels.
    struct Example {
        var observations: TokenObservations
        var sentences: [Range<Int>]
        var labels: [UInt8]
        /// The labels whose names this text teaches (index = label; all when it teaches all types).
        var learned: [Bool]
    }

    /// Number of passes over the data.
    public var epochs: Int
    /// Number of hash buckets of the model (a power of two).
    public var buckets: Int
    /// Seed of the visiting order.
    public var seed: UInt64
    /// Whether the target label follows the model's own history (a dynamic oracle): when the gold
    /// label continues a name the model did not open (an inside label after another label, which
    /// the tagger may never choose), the best label still reachable, the beginning of that name,
    /// is the target.
    public var dynamicOracle = true
    /// The epochs, from the first, in which the history is the gold labels, not the model's own.
    public var goldHistoryEpochs = 2
    /// Whether, inside a name the model opened with another type, the dynamic oracle's target goes
    /// on with that name (its boundary stays right, and the rules' article-wide vote can still
    /// retype it) rather than opening a name of the gold type in its middle.
    public var continueWrongType = true
    /// After those epochs, the chance that the history follows the model's guess (else the gold label).
    public var exploration = 1.0

    /// Creates a trainer.
    public init(epochs: Int = 8, buckets: Int = 1 << 19, seed: UInt64 = 42) {
        self.epochs = epochs
        self.buckets = buckets
        self.seed = seed
    }

    /// Trains a model on annotated texts (weights repeat a text's contribution).
    ///
    /// `progress` receives one line per epoch.
    public func train(
        _ texts: [(AnnotatedText, weight: Int)], clusters: WordClusters? = nil, info: String = "",
        progress: (String) -> Void = { _ in }
    ) -> EntityModel {
        EntityModel(
            buckets: buckets,
            weights: averagedWeights(texts, seed: seed, clusters: clusters, progress: progress),
            clusters: clusters, lexicon: NameLexicon.french, info: info)
    }

    /// Trains one model per run, each on its own texts with its own seed (visiting order), and
    /// averages their weights: the averaged model scores a label with the mean of the runs'
    /// scores, at no cost when tagging (a bag of perceptrons that differ by their seeds and by
    /// the texts' random name replacements). The runs are trained one after the other, in order,
    /// so the result is deterministic.
    public func trainAveraged(
        _ runs: [(texts: [(AnnotatedText, weight: Int)], seed: UInt64)], clusters: WordClusters? = nil,
        info: String = "", progress: (String) -> Void = { _ in }
    ) -> EntityModel {
        var sum = [Float](repeating: 0, count: buckets * EntityLabel.count)
        for (k, run) in runs.enumerated() {
            if runs.count > 1 { progress("model \(k + 1) of \(runs.count), seed \(run.seed)") }
            let weights = averagedWeights(run.texts, seed: run.seed, clusters: clusters, progress: progress)
            for i in sum.indices { sum[i] += weights[i] }
        }
        let n = Float(max(runs.count, 1))
        if runs.count > 1 { for i in sum.indices { sum[i] /= n } }
        return EntityModel(
            buckets: buckets, weights: sum, clusters: clusters, lexicon: NameLexicon.french, info: info)
    }

    /// The seeds of `count` models whose weights are averaged: `seed` first (so one model is
    /// trained exactly as without averaging), then values drawn from it, far apart so that the
    /// visiting orders and the per-text name-replacement seeds (seed + text number) do not overlap.
    public static func seeds(from seed: UInt64, count: Int) -> [UInt64] {
        var generator = SplitMix64(seed: seed ^ 0x5eed_5eed_5eed_5eed)
        return [seed] + (1..<max(1, count)).map { _ in generator.next() }
    }

    /// The averaged perceptron weights (bucket × label) learned from `texts` with `seed`.
    func averagedWeights(
        _ texts: [(AnnotatedText, weight: Int)], seed: UInt64, clusters: WordClusters?,
        progress: (String) -> Void
    ) -> [Float] {
        let lexicon = NameLexicon.french
        let tokenizer = Language.french.tokenizer
        var examples: [Example] = []
        var units: [(Int, Int)] = []
        for (text, weight) in texts {
            let document = tokenizer.document(text.text)
            let observations = TokenObservations(document: document, lexicon: lexicon, clusters: clusters)
            let labels = text.labels(for: document)
            let sentences = document.sentences.map(\.tokens)
            let index = examples.count
            let learned = (0..<EntityLabel.count).map { label in
                label == 0
                    || text.learnedTypes.map { $0.contains(EntityLabel.types[(label - 1) / 2]) } ?? true
            }
            examples.append(
                Example(observations: observations, sentences: sentences, labels: labels, learned: learned))
            for _ in 0..<max(1, weight) {
                for s in sentences.indices { units.append((index, s)) }
            }
        }
        let labelCount = EntityLabel.count
        let size = buckets * labelCount
        var w = [Float](repeating: 0, count: size)
        var total = [Double](repeating: 0, count: size)
        var stamp = [Int32](repeating: 0, count: size)
        var time: Int32 = 0
        let mask = UInt64(buckets - 1)
        var rng = SplitMix64(seed: seed)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        var scores = [Float](repeating: 0, count: labelCount)

        func update(_ features: [UInt64], _ label: Int, _ delta: Float) {
            for h in features {
                let k = Int(h & mask) * labelCount + label
                total[k] += Double(time - stamp[k]) * Double(w[k])
                stamp[k] = time
                w[k] += delta
            }
        }

        for epoch in 1...max(1, epochs) {
            // Fisher–Yates with a fixed seed.
            for k in stride(from: units.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(k + 1))
                units.swapAt(k, j)
            }
            var correct = 0
            var seen = 0
            for (e, s) in units {
                let ex = examples[e]
                let sentence = ex.sentences[s]
                var p1: UInt8 = 0
                var p2: UInt8 = 0
                for i in sentence {
                    time += 1
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.staticFeatures(ex.observations, sentence: sentence, i, into: &features)
                    FeatureTemplates.labelFeatures(
                        ex.observations, i, previous: p1, beforePrevious: p2, into: &features)
                    for l in 0..<labelCount { scores[l] = 0 }
                    for h in features {
                        let base = Int(h & mask) * labelCount
                        for l in 0..<labelCount { scores[l] += w[base + l] }
                    }
                    var guess: UInt8 = 0
                    var best = -Float.infinity
                    for l in 0..<labelCount where EntityLabel.allowed(UInt8(l), after: p1) {
                        if scores[l] > best {
                            best = scores[l]
                            guess = UInt8(l)
                        }
                    }
                    var truth = ex.labels[i]
                    if dynamicOracle && !EntityLabel.allowed(truth, after: p1) {
                        // Inside a name the model opened with another type, go on with it (the
                        // boundary stays right); after no name, open this one.
                        truth = p1 != 0 && continueWrongType ? (p1 % 2 == 1 ? p1 + 1 : p1) : truth - 1
                    }
                    if guess != truth {
                        // a text that teaches some types only learns where one of them is at stake
                        if truth != 0 && ex.learned[Int(truth)] || guess != 0 && ex.learned[Int(guess)] {
                            update(features, Int(truth), 1)
                            update(features, Int(guess), -1)
                        }
                    } else {
                        correct += 1
                    }
                    seen += 1
                    p2 = p1
                    let follow =
                        epoch > goldHistoryEpochs
                        && (exploration >= 1 || Double(rng.next() >> 11) / Double(1 << 53) < exploration)
                    p1 = follow ? guess : ex.labels[i]
                }
            }
            progress(
                "epoch \(epoch): token accuracy \(String(format: "%.4f", Double(correct) / Double(max(seen, 1))))"
            )
        }
        var averaged = [Float](repeating: 0, count: size)
        let t = Double(max(time, 1))
        for k in 0..<size {
            let sum = total[k] + Double(time - stamp[k]) * Double(w[k])
            averaged[k] = Float(sum / t)
        }
        return averaged
    }
}

/// A small, fast, seedable random number generator (SplitMix64), for reproducible training.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) { state = seed }

    /// The next random number.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
