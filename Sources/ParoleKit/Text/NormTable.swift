/// A `[String: Value]` dictionary of words looked up by token norms, with the dictionary's
/// answers but most look-ups made on bytes.
///
/// `Dictionary` hashes a non-ASCII string through Unicode normalization (strings compare by
/// canonical equivalence), the dearest part of looking a French word up. Text made only of
/// scalars below U+0300 is in normal form (NFC) already, so two such strings are equal exactly
/// when their bytes are: when every key is such text, a norm that is too is looked up by an
/// FNV hash of its bytes and compared byte for byte. Any other norm, or any table with another
/// key, goes to the dictionary.
struct NormTable<Value> {
    /// The dictionary the table answers for.
    let dictionary: [String: Value]
    /// Whether every key is made of scalars below U+0300 (then byte look-ups are exact).
    private let bytesAnswer: Bool
    /// Open addressing: per slot, a key's hash and its index + 1 (0: an empty slot), side by
    /// side, so that a word not in the table costs one cache line.
    private let slots: [(hash: UInt64, index: Int)]
    private let mask: Int
    private let keys: [String]
    private let values: [Value]

    /// A table answering as `dictionary` does.
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [(hash: UInt64, index: Int)](repeating: (0, 0), count: size)
        var keys: [String] = []
        var values: [Value] = []
        var simple = true
        for (key, value) in dictionary {
            guard let h = NormTable.simpleHash(key) else {
                simple = false
                break
            }
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i].index != 0 { i = (i &+ 1) & mask }
            keys.append(key)
            values.append(value)
            slots[i] = (h, keys.count)
        }
        bytesAnswer = simple
        self.slots = simple ? slots : []
        self.keys = simple ? keys : []
        self.values = simple ? values : []
    }

    /// The value of `norm`, as `dictionary[norm]` answers.
    subscript(norm: String) -> Value? {
        guard bytesAnswer, let h = NormTable.simpleHash(norm) else { return dictionary[norm] }
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot.index == 0 { return nil }
            if slot.hash == h && NormTable.sameBytes(keys[slot.index &- 1], norm) {
                return values[slot.index &- 1]
            }
            i = (i &+ 1) & mask
        }
    }

    /// The FNV-1a hash of `s`'s UTF-8 bytes (mixed, for the slot index), or nil when `s` holds a
    /// scalar at or above U+0300 (a lead byte of 0xCC or more).
    @inline(__always)
    private static func simpleHash(_ s: String) -> UInt64? {
        var s = s
        return s.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for b in bytes {
                high |= b >= 0xCC ? 1 : 0
                h ^= UInt64(b)
                h &*= 0x100_0000_01b3
            }
            return high == 0 ? h ^ (h >> 29) : nil
        }
    }

    /// Whether `a` and `b` have the same UTF-8 bytes, for two strings of scalars below U+0300
    /// (equal as strings exactly when their bytes are; two small strings with the same bytes
    /// are answered by `==`'s first comparison).
    @inline(__always)
    private static func sameBytes(_ a: String, _ b: String) -> Bool { a == b }
}

extension NormTable: Sendable where Value: Sendable {}
