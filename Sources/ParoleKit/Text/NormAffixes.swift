/// The number of scalars of a token's norm and the feature hashes of its first three and last
/// two, three and four scalars, read from the norm's UTF-8 bytes in one pass (slicing the
/// string's scalar view costs an index walk per affix). Each hash is
/// `FeatureHash.of(scalars:)` of those scalars; an affix longer than the norm hashes the whole
/// norm, as a slice would.
struct NormAffixes {
    /// The number of Unicode scalars of the norm.
    private(set) var count = 0
    /// The hashes of the last two, three and four scalars and of the first three.
    private(set) var suffix2: UInt64 = 0
    private(set) var suffix3: UInt64 = 0
    private(set) var suffix4: UInt64 = 0
    private(set) var prefix3: UInt64 = 0

    /// The affixes of `norm`.
    init(_ norm: String) {
        var norm = norm
        // The first three scalars and the last four (a ring).
        var first: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var n = 0
        norm.withUTF8 { bytes in
            var i = 0
            let end = bytes.count
            while i < end {
                let v = ScalarText.decode(bytes, at: &i)
                switch n {
                case 0: first.0 = v
                case 1: first.1 = v
                case 2: first.2 = v
                default: break
                }
                last = (last.1, last.2, last.3, v)
                n &+= 1
            }
        }
        count = n
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }
        // The last four scalars oldest first: last.0 … last.3; with fewer, only the last n are real.
        let h1 = n >= 1 ? step(basis, last.3) : basis
        suffix2 = n >= 2 ? step(step(basis, last.2), last.3) : h1
        suffix3 = n >= 3 ? step(step(step(basis, last.1), last.2), last.3) : suffix2
        suffix4 = n >= 4 ? step(step(step(step(basis, last.0), last.1), last.2), last.3) : suffix3
        var p = basis
        if n >= 1 { p = step(p, first.0) }
        if n >= 2 { p = step(p, first.1) }
        if n >= 3 { p = step(p, first.2) }
        prefix3 = p
    }
}
