/// Real-valued word-vector features of the entity model: a few principal components of each
/// word-vector row (see `scripts/build-word-vector-dims.py`), int8, read for the token and its
/// neighbours at ``offsets``. Each (offset, dimension) pair has one weight per label, and a
/// label's score gains the component's value times that weight. The k-means classes
/// (``WordClusters``) keep one cut of the vector; these keep how near it is to every other.
public struct VectorDimensions: Sendable {
    /// The number of components per row.
    public let dimensions: Int
    /// The token positions, relative to the tagged token, whose components are read.
    public let offsets: [Int]
    /// The components of each row, row after row (`rows × dimensions`), 127 = 3 standard deviations.
    public let components: [Int8]
    /// 0: a component is one real-valued input; above 0, each component is two binary inputs,
    /// at least `threshold` and at most `-threshold` (after Guo et al. 2014, binarised embeddings).
    public let threshold: Int

    /// The value of one component unit (components are read as `value / unit`).
    package static let unit: Float = 127

    /// Creates dimensions from components (row after row) and the positions to read.
    public init(dimensions: Int, offsets: [Int], components: [Int8], threshold: Int = 0) {
        precondition(dimensions > 0 && components.count % dimensions == 0 && (0...127).contains(threshold))
        self.threshold = threshold
        self.dimensions = dimensions
        self.offsets = offsets
        self.components = components
    }

    /// The number of rows.
    public var rows: Int { components.count / dimensions }

    /// The number of real-valued inputs per token (`offsets × dimensions`).
    public var inputs: Int { offsets.count * dimensions * (threshold > 0 ? 2 : 1) }

    /// Calls `body(input, value)` for the inputs of token `i`: input `k × dimensions + d` is
    /// component `d` of the row of the token at `offsets[k]` (times two, plus one below zero,
    /// when binarised).
    @inline(__always)
    package func forEachInput(
        _ o: TokenObservations, sentence: Range<Int>, _ i: Int, _ body: (Int, Int8) -> Void
    ) {
        for (k, offset) in offsets.enumerated() {
            let j = i + offset
            guard sentence.contains(j) else { continue }
            let row = Int(o.vectorRow[j])
            guard row != 0 && row <= rows else { continue }
            let base = (row - 1) * dimensions
            if threshold > 0 {
                for d in 0..<dimensions {
                    let q = Int(components[base + d])
                    if q >= threshold {
                        body((k * dimensions + d) * 2, Int8(Self.unit))
                    } else if q <= -threshold {
                        body((k * dimensions + d) * 2 + 1, Int8(Self.unit))
                    }
                }
            } else {
                for d in 0..<dimensions { body(k * dimensions + d, components[base + d]) }
            }
        }
    }
}
