import Foundation

/// A trained entity model: an averaged perceptron over hashed token features, tagging
/// BIO labels greedily from left to right.
///
/// Weights sit in one flat array, `buckets × EntityLabel.count`; a feature hash picks a
/// bucket. The model file is versioned and holds Int16 weights with one scale factor.
public struct EntityModel: Sendable {
    /// The file format's version; a file of another version is refused.
    public static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("PAROLNER".utf8)

    /// The number of hash buckets (a power of two).
    let buckets: Int
    /// The weights, bucket-major.
    var weights: [Float]
    /// Word clusters used by the features, if any.
    let clusters: WordClusters?
    /// A free-form description of how the model was made.
    public let info: String

    /// Creates a model with the given weights.
    init(buckets: Int, weights: [Float], clusters: WordClusters?, info: String) {
        self.buckets = buckets
        self.weights = weights
        self.clusters = clusters
        self.info = info
    }

    /// The model shipped with Parole (`Resources/fr/ner-model.bin`), loaded once on first use.
    public static let french: EntityModel? = ResourceFile.data("ner-model.bin").flatMap {
        try? EntityModel(data: $0)
    }

    /// The labels of the tokens of `document`, tagged sentence by sentence.
    func tag(_ o: TokenObservations, sentences: [Range<Int>]) -> [UInt8] {
        var labels = [UInt8](repeating: 0, count: o.count)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        var scores = [Float](repeating: 0, count: EntityLabel.count)
        let mask = UInt64(buckets - 1)
        weights.withUnsafeBufferPointer { w in
            for sentence in sentences {
                var p1: UInt8 = 0
                var p2: UInt8 = 0
                for i in sentence {
                    features.removeAll(keepingCapacity: true)
                    FeatureTemplates.staticFeatures(o, sentence: sentence, i, into: &features)
                    FeatureTemplates.labelFeatures(o, i, previous: p1, beforePrevious: p2, into: &features)
                    for l in 0..<EntityLabel.count { scores[l] = 0 }
                    for h in features {
                        let base = Int(h & mask) &* EntityLabel.count
                        for l in 0..<EntityLabel.count { scores[l] += w[base &+ l] }
                    }
                    var best: UInt8 = 0
                    var bestScore = -Float.infinity
                    for l in 0..<EntityLabel.count where EntityLabel.allowed(UInt8(l), after: p1) {
                        if scores[l] > bestScore {
                            bestScore = scores[l]
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
        guard try reader.bytes(8) == EntityModel.magic else {
            throw FormatError.invalid("not a Parole NER model")
        }
        let version = try reader.u32()
        guard version == EntityModel.formatVersion else {
            throw FormatError.invalid("model version \(version), expected \(EntityModel.formatVersion)")
        }
        let buckets = Int(try reader.u32())
        let labels = Int(try reader.u32())
        guard labels == EntityLabel.count, buckets > 0, buckets & (buckets - 1) == 0 else {
            throw FormatError.invalid("bad model dimensions")
        }
        let scale = Float(bitPattern: try reader.u32())
        let infoLength = Int(try reader.u32())
        let info = String(decoding: try reader.bytes(infoLength), as: UTF8.self)
        let clusterCount = Int(try reader.u32())
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(clusterCount)
        for _ in 0..<clusterCount {
            let h = try reader.u64()
            table[h] = try reader.u32()
        }
        let count = buckets * labels
        let weights = try reader.int16s(count, scale: scale)
        self.init(
            buckets: buckets, weights: weights, clusters: clusterCount > 0 ? WordClusters(table: table) : nil,
            info: info)
    }

    /// The bytes of the model file: header, clusters, then Int16 weights.
    public func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: EntityModel.magic)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        u32(EntityModel.formatVersion)
        u32(UInt32(buckets))
        u32(UInt32(EntityLabel.count))
        u32(scale.bitPattern)
        let infoBytes = Array(info.utf8)
        u32(UInt32(infoBytes.count))
        out.append(contentsOf: infoBytes)
        let entries = (clusters?.entries ?? [:]).sorted { $0.key < $1.key }
        u32(UInt32(entries.count))
        for (h, c) in entries {
            u64(h)
            u32(c)
        }
        var q = [Int16](repeating: 0, count: weights.count)
        for k in 0..<weights.count { q[k] = Int16((weights[k] / scale).rounded()) }
        q.withUnsafeBytes { out.append(contentsOf: $0) }
        return out
    }
}

/// Reads little-endian numbers from a model file.
private struct ByteReader {
    let data: Data
    var offset = 0

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard n >= 0, offset + n <= data.count else {
            throw EntityModel.FormatError.invalid("truncated model")
        }
        defer { offset += n }
        let start = data.startIndex + offset
        return [UInt8](data[start..<(start + n)])
    }

    mutating func u32() throws -> UInt32 {
        let b = try bytes(4)
        return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
    }

    mutating func u64() throws -> UInt64 {
        let lo = UInt64(try u32())
        return lo | UInt64(try u32()) << 32
    }

    mutating func int16s(_ n: Int, scale: Float) throws -> [Float] {
        guard offset + 2 * n <= data.count else { throw EntityModel.FormatError.invalid("truncated weights") }
        var out = [Float](repeating: 0, count: n)
        data.withUnsafeBytes { raw in
            let base = raw.baseAddress!.advanced(by: offset)
            out.withUnsafeMutableBufferPointer { dst in
                for k in 0..<n {
                    var v: Int16 = 0
                    memcpy(&v, base.advanced(by: 2 * k), 2)
                    dst[k] = Float(Int16(littleEndian: v)) * scale
                }
            }
        }
        offset += 2 * n
        return out
    }
}
