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
    /// After the gold-history epochs, how many label sequences the training search keeps (1: greedy
    /// with the dynamic oracle, as above; more: a structured perceptron over a beam, updated
    /// against the gold sequence as ``beamUpdate`` says). The trained model tags with a beam as
    /// wide.
    public var beamWidth = 1
    /// Where a beam search's update compares the gold sequence with the beam's best.
    public var beamUpdate = BeamUpdate.maxViolation

    /// The prefix of a sentence a structured update is made on (Huang, Fayong and Guo 2012).
    public enum BeamUpdate: String, Sendable {
        /// Where the gold sequence first falls out of the beam (Collins and Roark 2004).
        case early
        /// Where the beam's best is furthest ahead of the gold sequence.
        case maxViolation = "max-violation"
    }

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
        let lexicon = NameLexicon.french
        let tokenizer = Tokenizer(rules: .french)
        var examples: [Example] = []
        var units: [(Int, Int)] = []
        for (text, weight) in texts {
            let document = tokenizer.document(text.text)
            let observations = TokenObservations(document: document, lexicon: lexicon, clusters: clusters)
            let labels = text.labels(for: document)
            let sentences = document.sentences.map(\.tokens)
            let index = examples.count
            examples.append(Example(observations: observations, sentences: sentences, labels: labels))
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

        // The structured perceptron's search over one sentence and its update; returns the tokens
        // the beam's best labelled right and the tokens searched.
        var staticFeatures: [UInt64] = []
        var staticStart: [Int] = []
        var staticScores: [Float] = []
        var gold: [UInt8] = []
        var beam: [BeamItem] = []
        var next: [BeamItem] = []
        var keptLabels: [UInt8] = []
        var keptParents: [Int32] = []
        var starts: [Int] = []
        let width = beamWidth
        func searchAndUpdate(_ ex: Example, _ sentence: Range<Int>) -> (Int, Int) {
            let o = ex.observations
            let n = sentence.count
            gold.removeAll(keepingCapacity: true)
            staticFeatures.removeAll(keepingCapacity: true)
            staticStart.removeAll(keepingCapacity: true)
            staticScores.removeAll(keepingCapacity: true)
            for (t, i) in sentence.enumerated() {
                var g = ex.labels[i]
                if !EntityLabel.allowed(g, after: t > 0 ? gold[t - 1] : 0) { g -= 1 }
                gold.append(g)
                staticStart.append(staticFeatures.count)
                FeatureTemplates.staticFeatures(o, sentence: sentence, i, into: &staticFeatures)
                for l in 0..<labelCount { scores[l] = 0 }
                for h in staticFeatures[staticStart[t]...] {
                    let base = Int(h & mask) * labelCount
                    for l in 0..<labelCount { scores[l] += w[base + l] }
                }
                staticScores += scores
            }
            staticStart.append(staticFeatures.count)
            beam.removeAll(keepingCapacity: true)
            beam.append(BeamItem(score: 0, previous: 0, beforePrevious: 0, parent: -1, isGold: true))
            keptLabels.removeAll(keepingCapacity: true)
            keptParents.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            var goldScore: Float = 0
            var worst = -Float.infinity
            var updateAt = -1
            for (t, i) in sentence.enumerated() {
                next.removeAll(keepingCapacity: true)
                for (b, item) in beam.enumerated() {
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.labelFeatures(
                        o, i, previous: item.previous, beforePrevious: item.beforePrevious, into: &features)
                    for l in 0..<labelCount { scores[l] = staticScores[t * labelCount + l] }
                    for h in features {
                        let base = Int(h & mask) * labelCount
                        for l in 0..<labelCount { scores[l] += w[base + l] }
                    }
                    for l in 0..<labelCount where EntityLabel.allowed(UInt8(l), after: item.previous) {
                        BeamItem(
                            score: item.score + scores[l], previous: UInt8(l), beforePrevious: item.previous,
                            parent: Int32(b), isGold: item.isGold && UInt8(l) == gold[t]
                        ).offer(to: &next, width: width)
                    }
                }
                // The gold prefix's score.
                features.removeAll(keepingCapacity: true)
                FeatureTemplates.labelFeatures(
                    o, i, previous: t > 0 ? gold[t - 1] : 0, beforePrevious: t > 1 ? gold[t - 2] : 0,
                    into: &features)
                var s = staticScores[t * labelCount + Int(gold[t])]
                for h in features { s += w[Int(h & mask) * labelCount + Int(gold[t])] }
                goldScore += s
                starts.append(keptLabels.count)
                for item in next {
                    keptLabels.append(item.previous)
                    keptParents.append(item.parent)
                }
                swap(&beam, &next)
                if !beam[0].isGold {
                    let violation = beam[0].score - goldScore
                    if beamUpdate == .early && !beam.contains(where: \.isGold) {
                        updateAt = t
                        break
                    }
                    if beamUpdate == .maxViolation && violation >= worst {
                        worst = violation
                        updateAt = t
                    }
                }
            }
            if beamUpdate == .early && updateAt < 0 && !beam[0].isGold { updateAt = n - 1 }
            // A sentence the search gets right needs no update.
            if beam[0].isGold && updateAt < n - 1 { updateAt = -1 }
            guard updateAt >= 0 else { return (n, n) }
            // The beam's best prefix up to the update, followed back from the first item kept there.
            var predicted = [UInt8](repeating: 0, count: updateAt + 1)
            var item = 0
            for t in stride(from: updateAt, through: 0, by: -1) {
                predicted[t] = keptLabels[starts[t] + item]
                item = Int(keptParents[starts[t] + item])
            }
            var right = 0
            for t in 0...updateAt {
                let g = gold[t]
                let p = predicted[t]
                if g == p { right += 1 }
                let g1 = t > 0 ? gold[t - 1] : 0
                let g2 = t > 1 ? gold[t - 2] : 0
                let p1 = t > 0 ? predicted[t - 1] : 0
                let p2 = t > 1 ? predicted[t - 2] : 0
                if g != p {
                    let own = Array(staticFeatures[staticStart[t]..<staticStart[t + 1]])
                    update(own, Int(g), 1)
                    update(own, Int(p), -1)
                }
                if g != p || g1 != p1 || g2 != p2 {
                    let i = sentence.lowerBound + t
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.labelFeatures(o, i, previous: g1, beforePrevious: g2, into: &features)
                    update(features, Int(g), 1)
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.labelFeatures(o, i, previous: p1, beforePrevious: p2, into: &features)
                    update(features, Int(p), -1)
                }
            }
            return (right, updateAt + 1)
        }

        for epoch in 1...max(1, epochs) {
            // Fisher–Yates with a fixed seed.
            for k in stride(from: units.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(k + 1))
                units.swapAt(k, j)
            }
            var correct = 0
            var seen = 0
            let structured = beamWidth > 1 && epoch > goldHistoryEpochs
            for (e, s) in units {
                let ex = examples[e]
                let sentence = ex.sentences[s]
                if structured {
                    time += Int32(sentence.count)
                    let (right, count) = searchAndUpdate(ex, sentence)
                    correct += right
                    seen += count
                    continue
                }
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
                        update(features, Int(truth), 1)
                        update(features, Int(guess), -1)
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
        var model = EntityModel(
            buckets: buckets, weights: averaged, clusters: clusters, lexicon: lexicon, info: info)
        model.beamWidth = beamWidth
        return model
    }
}

/// One partial label sequence of the training search: its score, last two labels, the item it
/// extends and whether it is the gold sequence so far.
private struct BeamItem {
    var score: Float
    var previous: UInt8
    var beforePrevious: UInt8
    var parent: Int32
    var isGold: Bool

    /// Puts this item into `beam` (best first, at most `width` items) unless a better item with
    /// the same last two labels is there, replacing a worse one that has them (the tagger's rule:
    /// equal scores keep the item offered first).
    func offer(to beam: inout [BeamItem], width: Int) {
        if let same = beam.firstIndex(where: {
            $0.previous == previous && $0.beforePrevious == beforePrevious
        }) {
            guard score > beam[same].score else { return }
            beam.remove(at: same)
        } else if beam.count == width {
            guard score > beam[width - 1].score else { return }
            beam.removeLast()
        }
        var k = beam.count
        while k > 0 && beam[k - 1].score < score { k -= 1 }
        beam.insert(self, at: k)
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
