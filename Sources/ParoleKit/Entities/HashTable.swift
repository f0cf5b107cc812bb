/// A compact table from 64-bit hashes to small values, faster than `Dictionary` for keys that
/// are already well-mixed hashes (no re-hashing, no SipHash).
///
/// A table has one of two layouts, with the same lookups:
/// - *open*, while it is built: open addressing with linear probing, at most half full;
/// - *packed*, as saved in a binary resource (``write(to:)``) and read in place from the mapped
///   file: the keys sorted, with a directory of where each run of keys sharing their top bits
///   starts. No empty slots, so half the memory of the open layout, and an article touches
///   half the pages.
///
/// Key 0 is stored as 1 (0 marks an empty open slot), so the two share a value.
struct HashTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: FixedBuffer<UInt64>
    private var values: FixedBuffer<Value>
    /// Open layout: slots − 1.
    private var mask: Int
    /// Packed layout: per run of keys with the same top `64 − shift` bits, the index of its first
    /// key (one more entry at the end: the number of keys). Empty in the open layout.
    private var directory: FixedBuffer<UInt32>
    /// Packed layout: how far a key is shifted right to give its run; 0 in the open layout.
    private var shift: UInt64
    /// Packed layout read from a file: the pages the keys and values are read into on demand
    /// (``ResourcePages``); nil when they are in memory or read in place.
    private var pages: ResourcePages? = nil
    private(set) var count = 0

    /// Creates an empty table.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = FixedBuffer(repeating: 0, count: size)
        values = FixedBuffer(repeating: 0, count: size)
        mask = size - 1
        directory = FixedBuffer(repeating: 0, count: 0)
        shift = 0
    }

    /// The value stored under `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        let keys = self.keys.base
        if shift != 0 {
            let run = Int(truncatingIfNeeded: k &>> shift)
            var i = Int(truncatingIfNeeded: directory.base[run])
            let end = Int(truncatingIfNeeded: directory.base[run &+ 1])
            if let pages { return pages.locked { pagedLookup(k, from: i, to: end, pages) } }
            while i < end {
                let found = keys[i]
                if found == k { return values.base[i] }
                if found > k { return nil }
                i &+= 1
            }
            return nil
        }
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        for _ in 0...mask {
            let found = keys[i]
            if found == k { return values.base[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The value of key `k` among the keys `i..<end` of a packed table whose keys and values are
    /// read into `pages`: loads the keys of the run, then the value found; holding the lock.
    private func pagedLookup(_ k: UInt64, from start: Int, to end: Int, _ pages: ResourcePages) -> Value? {
        guard start < end else { return nil }
        let keys = self.keys.base
        pages.load(keys + start, (end - start) * 8)
        for i in start..<end {
            let found = keys[i]
            if found == k {
                pages.load(values.base + i, MemoryLayout<Value>.size)
                return values.base[i]
            }
            if found > k { return nil }
        }
        return nil
    }

    /// Stores `value` under `key`, replacing any value there (a packed table is unpacked first).
    mutating func set(_ key: UInt64, _ value: Value) {
        if shift != 0 {
            var open = HashTable(capacity: count + 1)
            for (k, v) in entries { open.set(k, v) }
            self = open
        }
        if (count + 1) * 2 > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    /// An open table over saved slots (format 4 and older), read where they are; nil when the
    /// slots cannot be a table (sizes differ or are not a power of two).
    init?(keys: FixedBuffer<UInt64>, values: FixedBuffer<Value>, count: Int) {
        guard keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0,
            count >= 0, count < keys.count
        else { return nil }
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        self.count = count
        directory = FixedBuffer(repeating: 0, count: 0)
        shift = 0
    }

    /// A packed table over saved parts, read where they are (the keys and values read into
    /// `pages` on demand, when given); nil when the parts are inconsistent (a run outside the
    /// keys, keys out of order are only a wrong answer, never a bad read).
    init?(
        packedKeys keys: FixedBuffer<UInt64>, values: FixedBuffer<Value>, directory: FixedBuffer<UInt32>,
        pages: ResourcePages? = nil
    ) {
        let runs = directory.count - 1
        guard keys.count == values.count, runs >= 2, runs & (runs - 1) == 0, runs <= 1 << 30,
            directory[0] == 0, Int(directory[runs]) == keys.count
        else { return nil }
        guard HashTable.isOrdered(directory) else { return nil }
        self.keys = keys
        self.values = values
        self.directory = directory
        self.pages = pages
        shift = UInt64(64 - runs.trailingZeroBitCount)
        mask = 0
        count = keys.count
    }

    /// Whether no run of the directory starts after the next one (so that no run reaches outside
    /// the keys). Checked at load, 8 runs at a time: a run at a time cost the word classes of the
    /// shipped model (131,000 runs) a millisecond of start-up.
    private static func isOrdered(_ directory: FixedBuffer<UInt32>) -> Bool {
        let d = UnsafeRawPointer(directory.base)
        let n = directory.count
        var disorder = SIMD8<UInt32>()
        var r = 0
        while r + 9 <= n {
            let here = d.loadUnaligned(fromByteOffset: r * 4, as: SIMD8<UInt32>.self)
            let next = d.loadUnaligned(fromByteOffset: r * 4 + 4, as: SIMD8<UInt32>.self)
            disorder |= SIMD8<UInt32>(repeating: 1).replacing(with: 0, where: here .<= next)
            r += 8
        }
        while r + 1 < n {
            if directory[r] > directory[r + 1] { return false }
            r += 1
        }
        return disorder == SIMD8<UInt32>()
    }

    /// Rebuilds a table from its raw slots (as written by ``rawKeys`` and ``rawValues``).
    init?(rawKeys: [UInt64], rawValues: [Value]) {
        self.init(
            keys: FixedBuffer(rawKeys), values: FixedBuffer(rawValues),
            count: rawKeys.lazy.filter { $0 != 0 }.count)
    }

    /// The pages the keys and values are read into, when they are (for tests).
    var rawPages: ResourcePages? { pages }

    /// The raw key slots (the open layout: 0 = empty; the packed layout: the sorted keys).
    var rawKeys: FixedBuffer<UInt64> {
        pages?.loadAll()
        return keys
    }
    /// The raw value slots.
    var rawValues: FixedBuffer<Value> {
        pages?.loadAll()
        return values
    }

    /// The bytes the table takes.
    var byteCount: Int { keys.count * (8 + MemoryLayout<Value>.size) + directory.count * 4 }

    /// Every key (as stored: 0 as 1) and value; in key order for a packed table.
    var entries: [(UInt64, Value)] {
        pages?.loadAll()
        var out: [(UInt64, Value)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out
    }

    /// The table in the packed layout: keys sorted, runs of one or two keys, so a lookup reads
    /// the directory, a key or two and a value.
    var packed: HashTable {
        var bits = 1
        while bits < 30 && (1 << (bits + 1)) < count { bits += 1 }
        let runShift = UInt64(64 - bits)
        if shift == runShift { return self }
        let sorted = entries.sorted { $0.0 < $1.0 }
        var directory = [UInt32](repeating: 0, count: (1 << bits) + 1)
        for (k, _) in sorted { directory[Int(k >> runShift) + 1] += 1 }
        for r in 0..<(1 << bits) { directory[r + 1] += directory[r] }
        return HashTable(
            packedKeys: FixedBuffer(sorted.map(\.0)), values: FixedBuffer(sorted.map(\.1)),
            directory: FixedBuffer(directory))!
    }

    /// The table in the open layout: one slot read per lookup, twice the memory of the packed one.
    var unpacked: HashTable {
        if shift == 0 { return self }
        pages?.loadAll()
        // The slots `HashTable(capacity: count)` has, filled in key order as `set` would fill them,
        // written straight into memory of their own: 2 MB pages for a large table (a few faults
        // to build it, few TLB misses to read it).
        var size = 16
        while size < count * 2 { size <<= 1 }
        let mask = size - 1
        func slots<V: FixedWidthInteger & Sendable>(_: V.Type) -> FixedBuffer<V> {
            let bytes = size * MemoryLayout<V>.stride
            if bytes >= 1 << 21, let memory = ResourceBytes(zeroedPages: bytes, name: "open table") {
                return FixedBuffer(inPlace: memory, offset: 0, count: size)
            }
            return FixedBuffer(repeating: 0, count: size)
        }
        let openKeys = slots(UInt64.self)
        let openValues = slots(Value.self)
        let newKeys = UnsafeMutablePointer(mutating: openKeys.base)
        let newValues = UnsafeMutablePointer(mutating: openValues.base)
        let keys = self.keys.base
        let values = self.values.base
        var distinct = 0
        for n in 0..<self.keys.count {
            let k = keys[n]
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while newKeys[i] != 0 && newKeys[i] != k { i = (i + 1) & mask }
            if newKeys[i] == 0 { distinct += 1 }
            newKeys[i] = k
            newValues[i] = values[n]
        }
        return HashTable(keys: openKeys, values: openValues, count: distinct)!
    }

    /// The directory of a packed table (empty for an open one), for saving.
    var runDirectory: FixedBuffer<UInt32> { directory }

    private mutating func grow() {
        let old = entries
        var bigger = HashTable(capacity: keys.count)
        for (k, v) in old { bigger.set(k, v) }
        self = bigger
    }
}
