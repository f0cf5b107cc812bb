/// Conversions between text and arrays of Unicode scalars done on UTF-8 bytes: a string's scalars
/// decoded in one pass, and a run of scalars encoded into a string sized exactly, without
/// appending scalar by scalar.
enum ScalarText {
    /// The Unicode scalars of `text`, in order.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for b in bytes where b & 0xC0 != 0x80 { count &+= 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0
                var n = 0
                let end = bytes.count
                // A String's bytes are valid UTF-8: each lead byte says how many follow.
                while i < end {
                    let v = decode(bytes, at: &i)
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n &+= 1
                }
                initialized = n
            }
        }
    }

    /// The string made of `scalars`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var length = 0
        for c in scalars {
            let v = c.value
            length &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for c in scalars { n = encode(c.value, into: out, at: n) }
            return n
        }
    }

    /// The scalar value encoded at `i` in `bytes`, which are valid UTF-8 (a String's), with `i`
    /// moved past it: the lead byte says how many bytes follow.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            i &+= 1
            return b0
        } else if b0 < 0xE0 {
            defer { i &+= 2 }
            return (b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1]) & 0x3F
        } else if b0 < 0xF0 {
            defer { i &+= 3 }
            return (b0 & 0x0F) << 12 | (UInt32(bytes[i &+ 1]) & 0x3F) << 6 | UInt32(bytes[i &+ 2]) & 0x3F
        }
        defer { i &+= 4 }
        return (b0 & 0x07) << 18 | (UInt32(bytes[i &+ 1]) & 0x3F) << 12 | (UInt32(bytes[i &+ 2]) & 0x3F) << 6
            | UInt32(bytes[i &+ 3]) & 0x3F
    }

    /// Writes the UTF-8 encoding of the scalar value `v` into `out` at `n` (room for four bytes
    /// is the caller's) and returns the position after it.
    @inline(__always)
    static func encode(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return n &+ 1
        } else if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n &+ 2
        } else if v < 0x10000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return n &+ 3
        }
        out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        out[n &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return n &+ 4
    }

    /// The string made of the scalars of `scalars` in `range`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "span outside the text")
        return scalars.withUnsafeBufferPointer { string(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
