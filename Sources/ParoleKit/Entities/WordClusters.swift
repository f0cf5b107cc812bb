/// Word clusters learned from raw text: each known word norm (by hash) maps to a small
/// cluster number, so rare words share weights with frequent words used alike.
public struct WordClusters: Sendable {
    private(set) var table: HashTable<UInt32>

    /// Creates clusters from a ready table.
    init(hashTable: HashTable<UInt32>) { self.table = hashTable }

    /// Creates clusters from a word-hash → cluster table.
    public init(table: [UInt64: UInt32]) {
        var t = HashTable<UInt32>(capacity: table.count)
        // Sorted insertion: the table's slot layout, and so the model file, is the same on every run.
        for (k, v) in table.sorted(by: { $0.key < $1.key }) { t.set(k, v) }
        self.table = t
    }

    /// The cluster of a norm hash, 0 when unknown.
    @inline(__always)
    func cluster(of hash: UInt64) -> UInt32 { table[hash] ?? 0 }

    /// The number of words with a cluster.
    public var count: Int { table.count }

    /// The table, for saving.
    var entries: [UInt64: UInt32] { Dictionary(uniqueKeysWithValues: table.entries) }
}
