/// A compact open-addressing table from 64-bit hashes to small values, faster than
/// `Dictionary` for keys that are already well-mixed hashes (no re-hashing, no SipHash).
struct HashTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private(set) var count = 0

    /// Creates an empty table.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored under `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
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

    /// Rebuilds a table from its raw slots (as written by ``rawKeys`` and ``rawValues``).
    init?(rawKeys: [UInt64], rawValues: [Value]) {
        guard rawKeys.count == rawValues.count, rawKeys.count >= 16, rawKeys.count & (rawKeys.count - 1) == 0
        else {
            return nil
        }
        keys = rawKeys
        values = rawValues
        mask = rawKeys.count - 1
        count = rawKeys.lazy.filter { $0 != 0 }.count
    }

    /// The raw key slots (0 = empty), for saving.
    var rawKeys: [UInt64] { keys }
    /// The raw value slots, for saving.
    var rawValues: [Value] { values }

    /// Every key and value, in no particular order.
    var entries: [(UInt64, Value)] {
        var out: [(UInt64, Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out
    }

    private mutating func grow() {
        let old = entries
        var bigger = HashTable(capacity: keys.count)
        for (k, v) in old { bigger.set(k, v) }
        self = bigger
    }
}
