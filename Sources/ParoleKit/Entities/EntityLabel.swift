/// The BIO labels the entity model gives tokens: outside, or the beginning or inside of
/// a PER, ORG, LOC or MISC name.
package enum EntityLabel {
    /// The number of labels.
    package static let count = 9
    /// Outside any name.
    package static let outside: UInt8 = 0

    /// The label that begins a name of `type`.
    package static func begin(_ type: EntityType) -> UInt8 { UInt8(1 + 2 * typeIndex(type)) }
    /// The label that continues a name of `type`.
    package static func inside(_ type: EntityType) -> UInt8 { UInt8(2 + 2 * typeIndex(type)) }

    /// Whether `label` begins a name.
    static func isBegin(_ label: UInt8) -> Bool { label != 0 && label % 2 == 1 }
    /// The entity type of a non-outside label.
    static func type(of label: UInt8) -> EntityType { types[Int(label - 1) / 2] }

    /// Whether `label` may follow `previous` (an inside label only continues its own type).
    @inline(__always)
    package static func allowed(_ label: UInt8, after previous: UInt8) -> Bool {
        if label == 0 || label % 2 == 1 { return true }
        return previous == label || previous == label - 1
    }

    package static let types: [EntityType] = [.person, .organization, .location, .miscellaneous]

    private static func typeIndex(_ type: EntityType) -> Int { types.firstIndex(of: type)! }

    /// The token labels of names given as token ranges.
    static func labels(count: Int, names: [(Range<Int>, EntityType)]) -> [UInt8] {
        var labels = [UInt8](repeating: outside, count: count)
        for (range, type) in names where !range.isEmpty {
            labels[range.lowerBound] = begin(type)
            for i in range.dropFirst() { labels[i] = inside(type) }
        }
        return labels
    }

    /// The names (token ranges and types) that `labels` mark.
    static func names(_ labels: [UInt8]) -> [(Range<Int>, EntityType)] {
        var out: [(Range<Int>, EntityType)] = []
        var i = 0
        while i < labels.count {
            let l = labels[i]
            if l == 0 {
                i += 1
                continue
            }
            let type = type(of: l)
            let inside = inside(type)
            var j = i + 1
            while j < labels.count && labels[j] == inside { j += 1 }
            out.append((i..<j, type))
            i = j
        }
        return out
    }
}
