/// Pieces of `class`/`id` values searched for together, grouped by their first byte so that a
/// search looks at each byte of the value once.
struct MarkFragments: Sendable {
    /// The fragments (lower-case UTF-8), by first byte.
    let startingWith: [[[UInt8]]]

    /// Groups `fragments`.
    init(_ fragments: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for fragment in fragments where !fragment.isEmpty {
            let bytes = Array(fragment.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        startingWith = buckets
    }
}
