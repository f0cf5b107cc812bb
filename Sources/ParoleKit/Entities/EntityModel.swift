import Foundation

/// A trained entity model: an averaged perceptron over hashed token features, tagging
/// BIO labels greedily from left to right.
///
/// Weights sit in one flat array, `buckets × EntityLabel.count`; a feature hash picks a
/// bucket. The model file is versioned and holds, little-endian: a header, the word
/// classes and the lexicon as ready hash tables (so loading is a copy, not a rebuild),
/// then Int16 weights with one scale factor.
public struct EntityModel: Sendable {
    /// The file format's version; a file of another version is refused.
    public static let formatVersion: UInt32 = 3
    static let magic: [UInt8] = Array("PAROLNER".utf8)

    /// The number of hash buckets (a power of two).
    let buckets: Int
    /// The weights, bucket-major, quantized to 16 bits (a weight is `weight × scale`): half the
    /// memory of floats, so more of the table stays in cache while tagging, and a model tags
    /// the same before and after it is saved.
    let weights: [Int16]
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
            buckets: buckets, quantized: weights.map { Int16(($0 / scale).rounded()) }, scale: scale,
            clusters: clusters, lexicon: lexicon, info: info)
    }

    /// Creates a model with quantized weights.
    init(
        buckets: Int, quantized: [Int16], scale: Float, clusters: WordClusters?, lexicon: NameLexicon,
        info: String
    ) {
        self.buckets = buckets
        self.weights = quantized
        self.scale = scale
        self.clusters = clusters
        self.lexicon = lexicon
        self.info = info
    }

    /// The model shipped with Parole (`Resources/fr/ner-model.bin`), loaded once on first use.
    public static let french: EntityModel? = ResourceFile.data("ner-model.bin").flatMap {
        try? EntityModel(data: $0)
    }

    /// The labels of the tokens of `document`, tagged sentence by sentence.
    ///
    /// Scores are summed in registers: the first eight labels as one SIMD vector, the ninth
    /// alone. The weight loads are what costs (the table is larger than the caches), and fewer
    /// instructions per feature let the processor keep more of them in flight.
    func tag(_ o: TokenObservations, sentences: [Range<Int>]) -> [UInt8] {
        precondition(EntityLabel.count == 9, "the tagger sums eight labels as a vector and one alone")
        var labels = [UInt8](repeating: 0, count: o.count)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        let mask = UInt64(buckets - 1)
        weights.withUnsafeBufferPointer { w in
            let raw = UnsafeRawPointer(w.baseAddress!)
            for sentence in sentences {
                var p1: UInt8 = 0
                var p2: UInt8 = 0
                for i in sentence {
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.staticFeatures(o, sentence: sentence, i, into: &features)
                    FeatureTemplates.labelFeatures(o, i, previous: p1, beforePrevious: p2, into: &features)
                    var first8 = SIMD8<Int32>()
                    var ninth: Int32 = 0
                    for h in features {
                        let base = Int(h & mask) &* 9
                        let v = raw.loadUnaligned(fromByteOffset: base &* 2, as: SIMD8<Int16>.self)
                        first8 &+= SIMD8<Int32>(truncatingIfNeeded: v)
                        ninth &+= Int32(w[base &+ 8])
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
        }
        return labels
    }
}

extension EntityModel {
    /// Errors reading a model file.
    public enum FormatError: Error {
        /// The bytes are not a Parole entity model of this version.
        case invalid(String)
    }

    /// Reads a model from the bytes of a model file.
    public init(data: Data) throws {
        var reader = ByteReader(data: data)
        guard try reader.array(UInt8.self, 8) == EntityModel.magic else {
            throw FormatError.invalid("not a Parole NER model")
        }
        let version = try reader.scalar(UInt32.self)
        guard version == EntityModel.formatVersion else {
            throw FormatError.invalid("model version \(version), expected \(EntityModel.formatVersion)")
        }
        let buckets = Int(try reader.scalar(UInt32.self))
        let labels = Int(try reader.scalar(UInt32.self))
        guard labels == EntityLabel.count, buckets > 0, buckets & (buckets - 1) == 0 else {
            throw FormatError.invalid("bad model dimensions")
        }
        let scale = Float(bitPattern: try reader.scalar(UInt32.self))
        let infoLength = Int(try reader.scalar(UInt32.self))
        let info = String(decoding: try reader.array(UInt8.self, infoLength), as: UTF8.self)
        let clusterSlots = Int(try reader.scalar(UInt32.self))
        var clusters: WordClusters? = nil
        if clusterSlots > 0 {
            let keys = try reader.array(UInt64.self, clusterSlots)
            let values = try reader.array(UInt32.self, clusterSlots)
            guard let table = HashTable(rawKeys: keys, rawValues: values) else {
                throw FormatError.invalid("bad word classes")
            }
            let fine = try reader.array(UInt16.self, Int(try reader.scalar(UInt32.self)))
            let coarse = try reader.array(UInt8.self, Int(try reader.scalar(UInt32.self)))
            clusters = WordClusters(hashTable: table, fineOfRow: fine, coarseOfFine: coarse)
        }
        let maxLength = Int(try reader.scalar(UInt32.self))
        let lexiconSlots = Int(try reader.scalar(UInt32.self))
        let keys = try reader.array(UInt64.self, lexiconSlots)
        let values = try reader.array(UInt16.self, lexiconSlots)
        guard let table = HashTable(rawKeys: keys, rawValues: values) else {
            throw FormatError.invalid("bad lexicon")
        }
        let quantized = try reader.array(Int16.self, buckets * labels)
        self.init(
            buckets: buckets, quantized: quantized, scale: scale, clusters: clusters,
            lexicon: NameLexicon(entries: table, maxLength: maxLength), info: info)
    }

    /// The bytes of the model file.
    public func serialized() -> Data {
        var out = Data()
        func append<T: FixedWidthInteger>(_ values: [T]) {
            let le = values.map { $0.littleEndian }
            le.withUnsafeBytes { out.append(contentsOf: $0) }
        }
        func u32(_ v: UInt32) { append([v]) }
        out.append(contentsOf: EntityModel.magic)
        u32(EntityModel.formatVersion)
        u32(UInt32(buckets))
        u32(UInt32(EntityLabel.count))
        u32(scale.bitPattern)
        let infoBytes = Array(info.utf8)
        u32(UInt32(infoBytes.count))
        out.append(contentsOf: infoBytes)
        if let clusters {
            u32(UInt32(clusters.table.rawKeys.count))
            append(clusters.table.rawKeys)
            append(clusters.table.rawValues)
            u32(UInt32(clusters.fineOfRow.count))
            append(clusters.fineOfRow)
            u32(UInt32(clusters.coarseOfFine.count))
            append(clusters.coarseOfFine)
        } else {
            u32(0)
        }
        u32(UInt32(lexicon.maxLength))
        u32(UInt32(lexicon.entries.rawKeys.count))
        append(lexicon.entries.rawKeys)
        append(lexicon.entries.rawValues)
        append(weights)
        return out
    }
}

/// Reads little-endian numbers and arrays from a model file.
private struct ByteReader {
    let data: Data
    var offset = 0

    mutating func array<T: FixedWidthInteger>(_ type: T.Type, _ n: Int) throws -> [T] {
        let size = n * MemoryLayout<T>.size
        guard n >= 0, offset + size <= data.count else {
            throw EntityModel.FormatError.invalid("truncated model")
        }
        var out = [T](repeating: 0, count: n)
        out.withUnsafeMutableBytes { dst in
            data.withUnsafeBytes { src in
                dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + size)]))
            }
        }
        offset += size
        if T.self != UInt8.self && 1.littleEndian != 1 {
            for k in out.indices { out[k] = T(littleEndian: out[k]) }
        }
        return out
    }

    mutating func scalar<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try array(type, 1)[0]
    }
}
