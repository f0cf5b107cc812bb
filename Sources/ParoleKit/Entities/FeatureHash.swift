/// 64-bit hashing for model features: a string is hashed once, then combined with
/// feature-template numbers and other hashes without building new strings.
package enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of `s`.
    package static func of(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// FNV-1a over a run of Unicode scalars.
    static func of<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in scalars {
            h ^= UInt64(c.value)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// Combines two hashes (order matters); a strong 64-bit mix.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines a feature template number with one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(template &* 0x2545_f491_4f6c_dd1d, value)
    }

    /// Combines a feature template number with two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(template &* 0x2545_f491_4f6c_dd1d, a), b)
    }
}
