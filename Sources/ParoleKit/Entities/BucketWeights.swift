import Foundation

/// The entity model's weights, kept only for the hash buckets that have any: two thirds of the
/// buckets of a trained model are all zero, and leaving them out makes the table a third of its
/// dense size (3 MB rather than 9 for the shipped model), so tagging an article touches a third
/// of the memory, with the same scores.
///
/// Buckets go by groups of 64. `ranks` holds, per group, how many buckets with weights come
/// before it; `slots`, per bucket, its place among its group's buckets with weights (255: it has
/// none). Bucket `b`'s weights are `values[(ranks[b / 64] + slots[b]) × labels ..< … + labels]`:
/// two independent loads, then the weights.
///
/// Those extra loads cost tagging a fifth of its speed. A process that tags many articles (a
/// batch, a library) soon makes up for a dense table: after ``denseAfter`` tokens, tagging
/// switches to a dense copy built once (9 MB for the shipped model), with the same scores. One
/// article alone never pays for it, so start-up memory stays low.
struct BucketWeights: Sendable {
    /// The number of buckets (a power of two).
    let buckets: Int
    /// The number of weights per bucket.
    let labels: Int
    /// Per group of 64 buckets, the number of buckets with weights before it.
    let ranks: FixedBuffer<UInt32>
    /// Per bucket, its place among its group's buckets with weights; ``absent`` when it has none.
    let slots: FixedBuffer<UInt8>
    /// The weights of the buckets with weights, in bucket order.
    let values: FixedBuffer<Int16>

    /// The slot of a bucket without weights.
    static let absent: UInt8 = 255
    /// How many tokens are tagged with the compact table before a dense copy is made.
    static let denseAfter = 50_000

    /// The dense copy, once made, and the tokens tagged so far.
    private final class Expansion: @unchecked Sendable {
        let lock = NSLock()
        var tokens = 0
        var dense: FixedBuffer<Int16>? = nil
    }
    private let expansion = Expansion()

    /// The dense table (`buckets × labels`) when this process has tagged enough to make up for
    /// building it, else nil; `tokens` are about to be tagged.
    func denseTable(tagging tokens: Int) -> FixedBuffer<Int16>? {
        expansion.lock.lock()
        defer { expansion.lock.unlock() }
        if let dense = expansion.dense { return dense }
        expansion.tokens += tokens
        guard expansion.tokens > BucketWeights.denseAfter else { return nil }
        // Written straight into memory of 2 MB pages when the kernel gives them: tagging reads
        // the table at random, and small pages cost a fault each to build and a TLB miss at
        // nearly every read.
        let count = buckets * labels
        guard let memory = ResourceBytes(zeroedPages: count * 2, name: "dense weights") else {
            let dense = FixedBuffer(self.dense)
            expansion.dense = dense
            return dense
        }
        let out = UnsafeMutableRawPointer(mutating: memory.base).assumingMemoryBound(to: Int16.self)
        for b in 0..<buckets {
            guard let o = offset(of: b) else { continue }
            for l in 0..<labels { out[b * labels + l] = values[o + l] }
        }
        let dense = FixedBuffer<Int16>(inPlace: memory, offset: 0, count: count)
        expansion.dense = dense
        return dense
    }

    /// Keeps the buckets of `dense` (`buckets × labels`, bucket-major) that have a weight.
    init(dense: [Int16], buckets: Int, labels: Int) {
        precondition(dense.count == buckets * labels)
        var ranks = [UInt32](repeating: 0, count: (buckets + 63) / 64)
        var slots = [UInt8](repeating: BucketWeights.absent, count: buckets)
        var values: [Int16] = []
        var rank = 0
        for b in 0..<buckets {
            if b % 64 == 0 { ranks[b / 64] = UInt32(rank) }
            let row = dense[(b * labels)..<(b * labels + labels)]
            guard row.contains(where: { $0 != 0 }) else { continue }
            slots[b] = UInt8(rank - Int(ranks[b / 64]))
            values += row
            rank += 1
        }
        self.buckets = buckets
        self.labels = labels
        self.ranks = FixedBuffer(ranks)
        self.slots = FixedBuffer(slots)
        self.values = FixedBuffer(values)
    }

    /// Saved parts, checked so that no bucket can point outside `values`.
    init?(
        buckets: Int, labels: Int, ranks: FixedBuffer<UInt32>, slots: FixedBuffer<UInt8>,
        values: FixedBuffer<Int16>
    ) {
        let groups = (buckets + 63) / 64
        guard labels > 0, ranks.count == groups, slots.count == buckets, values.count % labels == 0 else {
            return nil
        }
        guard
            BucketWeights.indexIsSound(
                buckets: buckets, total: values.count / labels, ranks: ranks, slots: slots)
        else { return nil }
        self.buckets = buckets
        self.labels = labels
        self.ranks = ranks
        self.slots = slots
        self.values = values
    }

    /// Whether no bucket of the index points outside the `total` rows of weights: ranks never go
    /// down nor past the rows, and every slot but ``absent`` is below its group's count.
    ///
    /// Checked at load, on every bucket: the highest slot of each group, a loop the compiler
    /// turns into vector instructions (a test and a branch per bucket cost the half-million
    /// buckets of the shipped model 3 ms of start-up).
    private static func indexIsSound(
        buckets: Int, total: Int, ranks: FixedBuffer<UInt32>, slots: FixedBuffer<UInt8>
    ) -> Bool {
        let groups = ranks.count
        let r = ranks.base
        let p = slots.base
        for g in 0..<groups {
            let start = Int(r[g])
            let end = g + 1 < groups ? Int(r[g + 1]) : total
            guard start <= end, end <= total else { return false }
            // A slot of `absent` wraps to 0 below; any other must be below the group's count.
            var highest: UInt8 = 0
            for b in (g * 64)..<min(buckets, g * 64 + 64) { highest = max(highest, p[b] &+ 1) }
            guard highest <= UInt8(truncatingIfNeeded: min(end - start, 255)) else { return false }
        }
        return true
    }

    /// Format 5's index (per group of 64 buckets: a bit set of the buckets with weights, then the
    /// group's rank) turned into ranks and slots; the values stay where they are.
    init?(buckets: Int, labels: Int, bitIndex index: FixedBuffer<UInt64>, values: FixedBuffer<Int16>) {
        let groups = (buckets + 63) / 64
        guard index.count == groups * 2 else { return nil }
        var ranks = [UInt32](repeating: 0, count: groups)
        var slots = [UInt8](repeating: BucketWeights.absent, count: buckets)
        for g in 0..<groups {
            guard index[2 * g + 1] <= UInt64(UInt32.max) else { return nil }
            ranks[g] = UInt32(index[2 * g + 1])
            var n: UInt8 = 0
            for b in (g * 64)..<min(buckets, g * 64 + 64) where index[2 * g] >> UInt64(b - g * 64) & 1 == 1 {
                slots[b] = n
                n += 1
            }
        }
        self.init(
            buckets: buckets, labels: labels, ranks: FixedBuffer(ranks), slots: FixedBuffer(slots),
            values: values)
    }

    /// The position in ``values`` of bucket `b`'s first weight, or nil when it has none.
    func offset(of b: Int) -> Int? {
        let s = slots[b]
        guard s != BucketWeights.absent else { return nil }
        return (Int(ranks[b / 64]) + Int(s)) * labels
    }

    /// Every bucket's weights, zeros included (`buckets × labels`).
    var dense: [Int16] {
        var out = [Int16](repeating: 0, count: buckets * labels)
        for b in 0..<buckets {
            guard let o = offset(of: b) else { continue }
            for l in 0..<labels { out[b * labels + l] = values[o + l] }
        }
        return out
    }

    /// Whether the weights are read in place from a mapped file.
    var isInPlace: Bool { values.isInPlace }
}
