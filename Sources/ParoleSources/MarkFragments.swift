/// Pieces of `class`/`id` values searched for together, grouped by their first byte so that a
/// search looks at each byte of the value once.
///
/// Stored flat (every fragment's bytes one after another, and per first byte the range of its
/// fragments), so that a search reads three plain buffers: a nested array per byte cost a
/// retain and a release per fragment looked at, on every element of every page.
struct MarkFragments: Sendable {
    /// The fragments' bytes (lower-case UTF-8), one after another, grouped by first byte.
    let bytes: [UInt8]
    /// Where each fragment starts in ``bytes``, and one more entry: where the last ends.
    let starts: [Int]
    /// For each first byte `b`, its fragments are `groups[b] ..< groups[b + 1]`.
    let groups: [Int]

    /// Groups `fragments`.
    init(_ fragments: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for fragment in fragments where !fragment.isEmpty {
            let bytes = Array(fragment.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var groups: [Int] = [0]
        for bucket in buckets {
            for fragment in bucket {
                starts.append(bytes.count)
                bytes += fragment
            }
            groups.append(starts.count)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        self.groups = groups
    }

    /// Whether one of the fragments occurs in `haystack`.
    func occur(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                groups.withUnsafeBufferPointer { groups in
                    for index in 0..<haystack.count {
                        let first = Int(haystack[index])
                        for f in groups[first]..<groups[first + 1] {
                            let start = starts[f]
                            let length = starts[f + 1] - start
                            guard index + length <= haystack.count else { continue }
                            var matched = 1
                            while matched < length, haystack[index + matched] == bytes[start + matched] {
                                matched += 1
                            }
                            if matched == length { return true }
                        }
                    }
                    return false
                }
            }
        }
    }
}
