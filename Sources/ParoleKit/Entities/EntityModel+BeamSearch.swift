/// Tagging with a beam: the `beamWidth` best label sequences are kept at every token instead of
/// the one greedy choice.
///
/// The label-independent features of a token are scored once; only the five history features
/// (``FeatureTemplates/labelFeatures(_:_:previous:beforePrevious:into:)``) are scored per beam
/// item. The history is the two previous labels, so two items with the same last two labels
/// have the same future: only the better one is kept (a beam as wide as the label pairs is
/// Viterbi search). Ties go to the earlier item, then the lower label, so a beam of one tags
/// exactly as the greedy tagger does.
extension EntityModel {
    /// One partial label sequence: its score, last two labels and the item it extends.
    private struct BeamItem {
        var score: Int64
        var previous: UInt8
        var beforePrevious: UInt8
        var parent: Int32
    }

    /// The labels of the tokens of `document` by beam search (see the extension's comment).
    func tagWithBeam(_ o: TokenObservations, sentences: [Range<Int>], width: Int) -> [UInt8] {
        precondition(EntityLabel.count == 9, "the tagger sums eight labels as a vector and one alone")
        var labels = [UInt8](repeating: 0, count: o.count)
        let last = weights.values.count / 9 - 1
        guard last >= 0 else { return labels }
        let mask = UInt64(buckets - 1)
        let ranks = weights.ranks.base
        let slots = weights.slots.base
        let dense = weights.denseTable(tagging: o.count)
        let w = dense?.base ?? weights.values.base
        let raw = UnsafeRawPointer(w)
        let isDense = dense != nil
        @inline(__always) func add(
            _ features: [UInt64], into first8: inout SIMD8<Int32>, _ ninth: inout Int32
        ) {
            if isDense {
                for h in features {
                    let base = Int(h & mask) &* 9
                    let v = raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self)
                    first8 &+= SIMD8<Int32>(truncatingIfNeeded: v)
                    ninth &+= Int32(w[base &+ 8])
                }
            } else {
                for h in features {
                    let b = Int(h & mask)
                    let slot = Int(slots[b])
                    let keep: Int32 = slot == Int(BucketWeights.absent) ? 0 : -1
                    let base = min(Int(ranks[b &>> 6]) &+ slot, last) &* 9
                    let v = raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self)
                    first8 &+= SIMD8<Int32>(truncatingIfNeeded: v) & SIMD8(repeating: keep)
                    ninth &+= Int32(w[base &+ 8]) & keep
                }
            }
        }
        let width = max(1, width)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        var beam: [BeamItem] = []
        var next: [BeamItem] = []
        beam.reserveCapacity(width)
        next.reserveCapacity(width)
        // Per token of the sentence, where its kept items start in `keptLabels` and `keptParents`.
        var keptLabels: [UInt8] = []
        var keptParents: [Int32] = []
        var starts: [Int] = []
        for sentence in sentences where !sentence.isEmpty {
            beam.removeAll(keepingCapacity: true)
            beam.append(BeamItem(score: 0, previous: 0, beforePrevious: 0, parent: -1))
            keptLabels.removeAll(keepingCapacity: true)
            keptParents.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            for i in sentence {
                features.removeAll(keepingCapacity: true)
                FeatureTemplates.staticFeatures(o, sentence: sentence, i, into: &features)
                var static8 = SIMD8<Int32>()
                var static9: Int32 = 0
                add(features, into: &static8, &static9)
                next.removeAll(keepingCapacity: true)
                for (b, item) in beam.enumerated() {
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.labelFeatures(
                        o, i, previous: item.previous, beforePrevious: item.beforePrevious, into: &features)
                    var first8 = static8
                    var ninth = static9
                    add(features, into: &first8, &ninth)
                    for l in 0..<9 where EntityLabel.allowed(UInt8(l), after: item.previous) {
                        let score = item.score &+ Int64(l < 8 ? first8[l] : ninth)
                        EntityModel.offer(
                            BeamItem(
                                score: score, previous: UInt8(l), beforePrevious: item.previous,
                                parent: Int32(b)),
                            to: &next, width: width)
                    }
                }
                starts.append(keptLabels.count)
                for item in next {
                    keptLabels.append(item.previous)
                    keptParents.append(item.parent)
                }
                swap(&beam, &next)
            }
            // The best final item is the first kept at the last token; follow the parents back.
            var item = 0
            for (t, i) in sentence.enumerated().reversed() {
                labels[i] = keptLabels[starts[t] + item]
                item = Int(keptParents[starts[t] + item])
            }
        }
        withExtendedLifetime(dense) {}
        return labels
    }

    /// Puts `candidate` into `beam` (best first, at most `width` items) unless a better item with
    /// the same last two labels is there, replacing a worse one that has them. Equal scores keep
    /// the item offered first.
    @inline(__always)
    private static func offer(_ candidate: BeamItem, to beam: inout [BeamItem], width: Int) {
        if let same = beam.firstIndex(where: {
            $0.previous == candidate.previous && $0.beforePrevious == candidate.beforePrevious
        }) {
            guard candidate.score > beam[same].score else { return }
            beam.remove(at: same)
        } else if beam.count == width {
            guard candidate.score > beam[width - 1].score else { return }
            beam.removeLast()
        }
        var k = beam.count
        while k > 0 && beam[k - 1].score < candidate.score { k -= 1 }
        beam.insert(candidate, at: k)
    }
}
