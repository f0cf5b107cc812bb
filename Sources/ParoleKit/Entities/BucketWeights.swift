/// The entity model's weights, kept only for the hash buckets that have any: two thirds of the
/// buckets of a trained model are all zero, and leaving them out makes the table a third of its
/// dense size (3 MB rather than 9 for the shipped model), so tagging an article touches a third
/// of the memory, with the same scores.
///
/// `index` holds two words per group of 64 buckets: a bit set of the buckets with weights, and
/// how many buckets with weights come before the group. Bucket `b`'s weights, if it has any,
/// are `values[rank × labels ..< (rank + 1) × labels]`, where `rank` counts the buckets with
/// weights before `b`.
struct BucketWeights: Sendable {
    /// The number of buckets (a power of two).
    let buckets: Int
    /// The number of weights per bucket.
    let labels: Int
    /// Per group of 64 buckets: the bit set of buckets with weights, then the rank of the group.
    let index: FixedBuffer<UInt64>
    /// The weights of the buckets with weights, in bucket order.
    let values: FixedBuffer<Int16>

    /// Keeps the buckets of `dense` (`buckets × labels`, bucket-major) that have a weight.
    init(dense: [Int16], buckets: Int, labels: Int) {
        precondition(dense.count == buckets * labels)
        let groups = (buckets + 63) / 64
        var index = [UInt64](repeating: 0, count: groups * 2)
        var values: [Int16] = []
        var rank = 0
        for g in 0..<groups {
            index[2 * g + 1] = UInt64(rank)
            for b in (g * 64)..<min(buckets, g * 64 + 64) {
                let row = dense[(b * labels)..<(b * labels + labels)]
                guard row.contains(where: { $0 != 0 }) else { continue }
                index[2 * g] |= 1 << UInt64(b - g * 64)
                values += row
                rank += 1
            }
        }
        self.buckets = buckets
        self.labels = labels
        self.index = FixedBuffer(index)
        self.values = FixedBuffer(values)
    }

    /// Saved parts, checked so that no bucket can point outside `values`.
    init?(buckets: Int, labels: Int, index: FixedBuffer<UInt64>, values: FixedBuffer<Int16>) {
        let groups = (buckets + 63) / 64
        guard labels > 0, index.count == groups * 2 else { return nil }
        var rank: UInt64 = 0
        for g in 0..<groups {
            guard index[2 * g + 1] == rank else { return nil }
            let bits = g == groups - 1 && buckets % 64 != 0 ? index[2 * g] >> UInt64(buckets % 64) : 0
            guard bits == 0 else { return nil }
            rank += UInt64(index[2 * g].nonzeroBitCount)
        }
        guard Int(rank) * labels == values.count else { return nil }
        self.buckets = buckets
        self.labels = labels
        self.index = index
        self.values = values
    }

    /// The position in ``values`` of bucket `b`'s first weight, or nil when it has none.
    @inline(__always)
    static func offset(of b: Int, index: UnsafePointer<UInt64>, labels: Int) -> Int? {
        let g = b &>> 6
        let bits = index[g &* 2]
        let bit = UInt64(1) &<< UInt64(b & 63)
        guard bits & bit != 0 else { return nil }
        return (Int(truncatingIfNeeded: index[g &* 2 &+ 1]) &+ (bits & (bit &- 1)).nonzeroBitCount) &* labels
    }

    /// Every bucket's weights, zeros included (`buckets × labels`).
    var dense: [Int16] {
        var out = [Int16](repeating: 0, count: buckets * labels)
        for b in 0..<buckets {
            guard let o = BucketWeights.offset(of: b, index: index.base, labels: labels) else { continue }
            for l in 0..<labels { out[b * labels + l] = values[o + l] }
        }
        return out
    }

    /// Whether the weights are read in place from a mapped file.
    var isInPlace: Bool { values.isInPlace }
}
