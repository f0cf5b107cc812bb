/// A compact open-addressing table from 64-bit hashes to small values, faster than
/// `Dictionary` for keys that are already well-mixed hashes (no re-hashing, no SipHash).
///
/// Its slots are two ``FixedBuffer``s, so a table saved in a binary resource is read in place
/// from the mapped file (``init(keys:values:count:)``), with nothing to rebuild.
struct HashTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: FixedBuffer<UInt64>
    private var values: FixedBuffer<Value>
    private var mask: Int
    private(set) var count = 0

    /// Creates an empty table.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = FixedBuffer(repeating: 0, count: size)
        values = FixedBuffer(repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored under `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        let keys = self.keys.base
        // At most one pass over the slots: a damaged saved table without a free slot ends too.
        for _ in 0...mask {
            let found = keys[i]
            if found == k { return values.base[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key`, replacing any value there.
    mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    /// A table over saved slots, read where they are; nil when the slots cannot be a table
    /// (sizes differ or are not a power of two).
    init?(keys: FixedBuffer<UInt64>, values: FixedBuffer<Value>, count: Int) {
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0,
            count >= 0, count < keys.count
        else { return nil }
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        self.count = count
    }

    /// Rebuilds a table from its raw slots (as written by ``rawKeys`` and ``rawValues``).
    init?(rawKeys: [UInt64], rawValues: [Value]) {
        self.init(
            keys: FixedBuffer(rawKeys), values: FixedBuffer(rawValues),
            count: rawKeys.lazy.filter { $0 != 0 }.count)
    }

    /// The raw key slots (0 = empty), for saving.
    var rawKeys: FixedBuffer<UInt64> { keys }
    /// The raw value slots, for saving.
    var rawValues: FixedBuffer<Value> { values }

    /// Every key and value, in no particular order.
    var entries: [(UInt64, Value)] {
        var out: [(UInt64, Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out
    }

    private mutating func grow() {
        let old = entries
        var bigger = HashTable(capacity: keys.count)
        for (k, v) in old { bigger.set(k, v) }
        self = bigger
    }
}
