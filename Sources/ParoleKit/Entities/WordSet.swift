/// A small set of word norms looked up by their feature hash, so the rules can ask "is token
/// `i` one of these words?" from the hash the observations already hold, without hashing the
/// token's string again.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private var table: HashTable<UInt8>

    /// A set of the given norms (lower-case, as tokens are normed).
    init(arrayLiteral words: String...) {
        table = HashTable(capacity: words.count)
        for w in words { table.set(FeatureHash.of(w), 1) }
    }

    /// A set of the given norms.
    init(_ words: [String]) {
        table = HashTable(capacity: max(1, words.count))
        for w in words { table.set(FeatureHash.of(w), 1) }
    }

    /// Whether the word whose norm hashes to `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { table[hash] != nil }

    /// Whether `norm` is in the set.
    func contains(_ norm: String) -> Bool { table[FeatureHash.of(norm)] != nil }
}
