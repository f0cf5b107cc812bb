import Foundation

/// A trained entity model: an averaged perceptron over hashed token features, tagging
/// BIO labels greedily from left to right.
///
/// A feature hash picks a bucket of `EntityLabel.count` weights; only the buckets with a
/// weight are kept (``BucketWeights``). The model file is versioned and holds, little-endian: a
/// header, the word classes and the lexicon as ready hash tables, then the Int16 weights with
/// one scale factor. Every table starts at an 8-byte offset, so the shipped file is mapped and
/// read in place: loading parses a header, and an article reads only the pages it touches.
public struct EntityModel: Sendable {
    /// The file format's version, written by ``serialized()``: 6, the buckets with weights with
    /// their ranks and slots. Versions 3 (unaligned) and 4 (aligned) held every bucket, 5 indexed
    /// them by bit sets; they are still read, by copying (`parole-train resources` rewrites such a
    /// file in this version).
    public static let formatVersion: UInt32 = 6
    /// The oldest version still read.
    static let oldestReadableVersion: UInt32 = 3
    static let magic: [UInt8] = Array("PAROLNER".utf8)

    /// The number of hash buckets (a power of two).
    let buckets: Int
    /// The weights, quantized to 16 bits (a weight is `weight × scale`): half the memory of
    /// floats, so more of the table stays in cache while tagging, and a model tags the same
    /// before and after it is saved.
    let weights: BucketWeights
    /// The value of one weight unit.
    let scale: Float
    /// Word clusters used by the features, if any.
    let clusters: WordClusters?
    /// The gazetteers and trigger words the model was trained with.
    let lexicon: NameLexicon
    /// A free-form description of how the model was made.
    public let info: String

    /// Creates a model with the given weights, quantizing them.
    package init(buckets: Int, weights: [Float], clusters: WordClusters?, lexicon: NameLexicon, info: String)
    {
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        self.init(
            buckets: buckets,
            weights: BucketWeights(
                dense: weights.map { Int16(($0 / scale).rounded()) }, buckets: buckets,
                labels: EntityLabel.count),
            scale: scale, clusters: clusters, lexicon: lexicon, info: info)
    }

    /// Creates a model with quantized weights.
    init(
        buckets: Int, weights: BucketWeights, scale: Float, clusters: WordClusters?,
        lexicon: NameLexicon,
        info: String
    ) {
        self.buckets = buckets
        self.weights = weights
        self.scale = scale
        self.clusters = clusters
        self.lexicon = lexicon
        self.info = info
    }

    /// Open copies of the lexicon and word classes, made once the process has tagged enough.
    private final class UnpackedTables: @unchecked Sendable {
        let lock = NSLock()
        var tokens = 0
        var tables: (lexicon: NameLexicon, clusters: WordClusters?)? = nil
    }
    private let unpacked = UnpackedTables()

    /// The lexicon and word classes to look `tokens` more tokens up in: the packed tables read in
    /// place, or, once this process has looked up more than ``BucketWeights/denseAfter`` tokens
    /// (a batch, a library), open copies made once (one slot read per lookup rather than a
    /// directory and a key or two; 5 MB more for the shipped model).
    func lookupTables(tagging tokens: Int) -> (lexicon: NameLexicon, clusters: WordClusters?) {
        unpacked.lock.lock()
        defer { unpacked.lock.unlock() }
        if let tables = unpacked.tables { return tables }
        unpacked.tokens += tokens
        guard unpacked.tokens > BucketWeights.denseAfter else { return (lexicon, clusters) }
        let tables = (
            lexicon: NameLexicon(entries: lexicon.entries.unpacked, maxLength: lexicon.maxLength),
            clusters: clusters.map {
                WordClusters(
                    hashTable: $0.table.unpacked, fineOfRow: $0.fineOfRow, coarseOfFine: $0.coarseOfFine)
            }
        )
        unpacked.tables = tables
        return tables
    }

    /// The model shipped with Parole (`Resources/fr/ner-model.bin`), mapped once on first use. A
    /// missing or damaged file stops the program with one line naming it (see ``loadFrench()``).
    public static let french: EntityModel = {
        do { return try loadFrench() } catch { ResourceFile.unusable(error) }
    }()

    /// Loads the shipped model, or says which file is missing or damaged and how.
    public static func loadFrench() throws(ResourceError) -> EntityModel {
        try EntityModel(bytes: ResourceFile.mapped("ner-model.bin"))
    }

    /// Loads the model file at `path` (mapped, read in place).
    public init(contentsOfFile path: String) throws(ResourceError) {
        try self.init(bytes: ResourceBytes(mapping: path, name: path))
    }

    /// Whether the weights are read in place from a mapped file (not copied).
    var isInPlace: Bool { weights.isInPlace }

    /// The size of the model's tables and whether they are read in place, for `parole-train info`.
    public var fileDescription: String {
        let slots =
            weights.values.count * 2 + weights.ranks.count * 4 + weights.slots.count
            + (clusters.map { $0.table.byteCount } ?? 0)
            + lexicon.entries.byteCount
        return String(
            format: "%.1f MB of tables, %@", Double(slots) / 1_048_576,
            isInPlace ? "read in place from the mapped file" : "copied into memory")
    }

    /// The labels of the tokens of `document`, tagged sentence by sentence.
    ///
    /// Scores are summed in registers: the first eight labels as one SIMD vector, the ninth
    /// alone. The weight loads are what costs (the table is larger than the caches), and fewer
    /// instructions per feature let the processor keep more of them in flight.
    func tag(_ o: TokenObservations, sentences: [Range<Int>]) -> [UInt8] {
        precondition(EntityLabel.count == 9, "the tagger sums eight labels as a vector and one alone")
        var labels = [UInt8](repeating: 0, count: o.count)
        // The last bucket with weights: in the compact table a bucket without any reads that row
        // (or its next neighbour's) and adds it masked to zero, so the loop has no branch to
        // mispredict.
        let last = weights.values.count / 9 - 1
        guard last >= 0 else { return labels }
        let mask = UInt64(buckets - 1)
        let ranks = weights.ranks.base
        let slots = weights.slots.base
        let dense = weights.denseTable(tagging: o.count)
        let w = dense?.base ?? weights.values.base
        let raw = UnsafeRawPointer(w)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        for sentence in sentences {
            var p1: UInt8 = 0
            var p2: UInt8 = 0
            for i in sentence {
                features.removeAll(keepingCapacity: true)
                FeatureTemplates.staticFeatures(o, sentence: sentence, i, into: &features)
                FeatureTemplates.labelFeatures(o, i, previous: p1, beforePrevious: p2, into: &features)
                var first8 = SIMD8<Int32>()
                var ninth: Int32 = 0
                if dense != nil {
                    for h in features {
                        let base = Int(h & mask) &* 9
                        let v = raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self)
                        first8 &+= SIMD8<Int32>(truncatingIfNeeded: v)
                        ninth &+= Int32(w[base &+ 8])
                    }
                } else {
                    for h in features {
                        let b = Int(h & mask)
                        let slot = Int(slots[b])
                        let keep: Int32 = slot == Int(BucketWeights.absent) ? 0 : -1
                        let base = min(Int(ranks[b &>> 6]) &+ slot, last) &* 9
                        let v = raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self)
                        first8 &+= SIMD8<Int32>(truncatingIfNeeded: v) & SIMD8(repeating: keep)
                        ninth &+= Int32(w[base &+ 8]) & keep
                    }
                }
                var best: UInt8 = 0
                var bestScore = Int32.min
                for l in 0..<9 where EntityLabel.allowed(UInt8(l), after: p1) {
                    let score = l < 8 ? first8[l] : ninth
                    if score > bestScore {
                        bestScore = score
                        best = UInt8(l)
                    }
                }
                labels[i] = best
                p2 = p1
                p1 = best
            }
        }
        withExtendedLifetime(dense) {}
        return labels
    }
}

extension EntityModel {
    /// Errors reading a model file.
    public enum FormatError: Error {
        /// The bytes are not a Parole entity model of this version.
        case invalid(String)
    }

    /// Reads a model from the bytes of a model file (copied into memory).
    public init(data: Data) throws {
        do {
            try self.init(bytes: ResourceBytes(copying: data, name: "model data"))
        } catch {
            throw FormatError.invalid(error.description)
        }
    }

    /// Reads a model from a model file's bytes, in place when the format allows.
    init(bytes: ResourceBytes) throws(ResourceError) {
        var reader = ResourceReader(bytes)
        guard bytes.count >= 8, try reader.bytes(8) == EntityModel.magic else {
            throw reader.error("not a Parole NER model")
        }
        let version = try reader.scalar(UInt32.self)
        guard version >= EntityModel.oldestReadableVersion && version <= EntityModel.formatVersion else {
            throw reader.error("model version \(version), expected \(EntityModel.formatVersion)")
        }
        let aligned = version >= 4
        func align() { if aligned { reader.align() } }
        func table<V: FixedWidthInteger & Sendable>(_ slots: Int, _ type: V.Type) throws(ResourceError)
            -> HashTable<V>
        {
            if version >= 5 { return try HashTable<V>.read(from: &reader) }
            if aligned { return try HashTable<V>.readSlots(from: &reader) }
            let keys = try reader.buffer(UInt64.self, slots)
            let values = try reader.buffer(V.self, slots)
            guard
                let t = HashTable(keys: keys, values: values, count: keys.array.lazy.filter { $0 != 0 }.count)
            else { throw reader.error("bad table of \(slots) slots") }
            return t
        }
        let buckets = try reader.count(limit: 1 << 28)
        let labels = try reader.count()
        guard labels == EntityLabel.count, buckets > 0, buckets & (buckets - 1) == 0 else {
            throw reader.error("bad model dimensions")
        }
        let scale = Float(bitPattern: try reader.scalar(UInt32.self))
        let info = String(decoding: try reader.bytes(try reader.count()), as: UTF8.self)
        align()
        var clusters: WordClusters? = nil
        // 0: no word classes; else (version 3 and 4) the slot count, repeated inside the table in 4.
        let clusterSlots = try reader.count()
        if clusterSlots > 0 {
            let words = try table(clusterSlots, UInt32.self)
            let fine = try reader.array(UInt16.self, try reader.count())
            align()
            let coarse = try reader.array(UInt8.self, try reader.count())
            align()
            clusters = WordClusters(hashTable: words, fineOfRow: fine, coarseOfFine: coarse)
        }
        let maxLength = try reader.count()
        let lexiconSlots = try reader.count()
        let lexicon = try table(lexiconSlots, UInt16.self)
        align()
        let weights: BucketWeights
        if version >= 6 {
            let count = try reader.count()
            reader.align()
            let ranks = try reader.buffer(UInt32.self, (buckets + 63) / 64)
            reader.align()
            let slots = try reader.buffer(UInt8.self, buckets)
            reader.align()
            let values = try reader.buffer(Int16.self, count)
            guard
                let w = BucketWeights(
                    buckets: buckets, labels: labels, ranks: ranks, slots: slots, values: values)
            else { throw reader.error("bad weight index") }
            weights = w
        } else if version == 5 {
            let count = try reader.count()
            reader.align()
            let index = try reader.buffer(UInt64.self, (buckets + 63) / 64 * 2)
            let values = try reader.buffer(Int16.self, count)
            guard let w = BucketWeights(buckets: buckets, labels: labels, bitIndex: index, values: values)
            else {
                throw reader.error("bad weight index")
            }
            weights = w
        } else {
            let dense = try reader.array(Int16.self, buckets * labels)
            weights = BucketWeights(dense: dense, buckets: buckets, labels: labels)
        }
        guard reader.atEnd else {
            throw reader.error("\(bytes.count - reader.offset) bytes after the weights")
        }
        self.init(
            buckets: buckets, weights: weights, scale: scale, clusters: clusters,
            lexicon: NameLexicon(entries: lexicon, maxLength: maxLength), info: info)
    }

    /// The bytes of the model file, in the current format.
    public func serialized() -> Data {
        var out = ResourceWriter()
        out.bytes(EntityModel.magic)
        out.scalar(EntityModel.formatVersion)
        out.scalar(UInt32(buckets))
        out.scalar(UInt32(EntityLabel.count))
        out.scalar(scale.bitPattern)
        let infoBytes = Array(info.utf8)
        out.scalar(UInt32(infoBytes.count))
        out.bytes(infoBytes)
        out.align()
        if let clusters {
            out.scalar(UInt32(1))
            clusters.table.write(to: &out)
            out.scalar(UInt32(clusters.fineOfRow.count))
            out.array(clusters.fineOfRow)
            out.align()
            out.scalar(UInt32(clusters.coarseOfFine.count))
            out.array(clusters.coarseOfFine)
            out.align()
        } else {
            out.scalar(UInt32(0))
        }
        out.scalar(UInt32(lexicon.maxLength))
        out.scalar(UInt32(lexicon.entries.count))
        lexicon.entries.write(to: &out)
        out.align()
        out.scalar(UInt32(weights.values.count))
        out.align()
        out.array(weights.ranks)
        out.align()
        out.array(weights.slots)
        out.align()
        out.array(weights.values)
        return out.data
    }
}
