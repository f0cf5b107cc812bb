/// A small set of word norms looked up by their feature hash, so the rules can ask "is token
/// `i` one of these words?" from the hash the observations already hold, without hashing the
/// token's string again.
///
/// A set is one reference to its slots (``WordSetSlots``): a struct of a few dozen sets (the
/// rules' words) stays small, so passing one of its sets never copies the others.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let slots: WordSetSlots

    /// A set of the given norms (lower-case, as tokens are normed).
    init(arrayLiteral words: String...) {
        slots = WordSetSlots(hashes: words.map(FeatureHash.of))
    }

    /// A set of the given norms.
    init(_ words: [String]) {
        slots = WordSetSlots(hashes: words.map(FeatureHash.of))
    }

    /// Whether the word whose norm hashes to `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { slots.contains(hash) }

    /// Whether `norm` is in the set.
    func contains(_ norm: String) -> Bool { slots.contains(FeatureHash.of(norm)) }
}

/// The slots of a ``WordSet``: the words' hashes by open addressing with linear probing, at most
/// half full (0 marks an empty slot; a hash of 0 is stored as 1, which then answers for both).
final class WordSetSlots: @unchecked Sendable {
    /// Slots − 1 (a power of two − 1).
    private let mask: Int
    /// The slots; never written after `init`.
    private let keys: UnsafeMutablePointer<UInt64>

    init(hashes: [UInt64]) {
        var size = 16
        while size < hashes.count * 2 { size <<= 1 }
        mask = size - 1
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        for hash in hashes {
            let k = hash == 0 ? 1 : hash
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
        }
    }

    deinit { keys.deallocate() }

    /// Whether `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let k = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let found = keys[i]
            if found == k { return true }
            if found == 0 { return false }
            i = (i &+ 1) & mask
        }
    }
}
