/// Word classes of the entity model, by word-norm hash, so rare words share weights with
/// frequent words used alike. One 32-bit value per word packs three kinds of class:
///
/// - bits 0–6, the case class learned from raw text (``WordStatistics``): how often the word
///   is capitalised inside a sentence, and how frequent it is;
/// - bits 7–21, the row of the word's vector plus one (``WordVectorClasses``), a fine
///   distributional class; coarser classes of the row are read from ``fineOfRow`` and
///   ``coarseOfFine``;
/// - bits 22–27, what a teacher recogniser made of the word out of context (``TeacherLexicon``).
public struct WordClusters: Sendable {
    private(set) var table: HashTable<UInt32>
    /// The fine vector class of each vector row (empty without vector classes).
    public private(set) var fineOfRow: [UInt16]
    /// The coarse vector class of each fine vector class (empty without vector classes).
    public private(set) var coarseOfFine: [UInt8]

    static let caseMask: UInt32 = 0x7F
    package static let rowShift: UInt32 = 7
    package static let rowMask: UInt32 = 0x7FFF
    package static let teacherShift: UInt32 = 22
    package static let teacherMask: UInt32 = 0x3F

    /// Creates clusters from a ready table.
    init(hashTable: HashTable<UInt32>, fineOfRow: [UInt16], coarseOfFine: [UInt8]) {
        self.table = hashTable
        self.fineOfRow = fineOfRow
        self.coarseOfFine = coarseOfFine
    }

    /// Creates clusters from a word-hash → packed value table.
    public init(table: [UInt64: UInt32], fineOfRow: [UInt16] = [], coarseOfFine: [UInt8] = []) {
        var t = HashTable<UInt32>(capacity: table.count)
        // Sorted insertion: the table's slot layout, and so the model file, is the same on every run.
        for (k, v) in table.sorted(by: { $0.key < $1.key }) { t.set(k, v) }
        self.table = t
        self.fineOfRow = fineOfRow
        self.coarseOfFine = coarseOfFine
    }

    /// The packed value of a norm hash, 0 when unknown.
    @inline(__always)
    func cluster(of hash: UInt64) -> UInt32 { table[hash] ?? 0 }

    /// The number of words with a class.
    public var count: Int { table.count }

    /// The table, for saving.
    package var entries: [UInt64: UInt32] { Dictionary(uniqueKeysWithValues: table.entries) }
}
