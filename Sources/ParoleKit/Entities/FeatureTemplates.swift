/// The features of the entity model: which facts about a token and its neighbours are
/// combined into hashed feature numbers. Shared by training and tagging, so both see
/// exactly the same features.
package enum FeatureTemplates {
    /// Stand-in hash for a position outside the sentence.
    static let boundary: UInt64 = 0x5eed_b0d4_17e5_0001

    /// Appends the hashes of the features of token `i` that do not depend on labels.
    package static func staticFeatures(
        _ o: TokenObservations, sentence: Range<Int>, _ i: Int, into out: inout [UInt64]
    ) {
        typealias F = FeatureHash
        @inline(__always) func at(_ a: [UInt64], _ j: Int) -> UInt64 {
            sentence.contains(j) ? a[j] : boundary
        }
        let w0 = o.word[i]
        let wm1 = at(o.word, i - 1)
        let wp1 = at(o.word, i + 1)
        let wm2 = at(o.word, i - 2)
        let wp2 = at(o.word, i + 2)
        let s0 = o.shape[i]
        let sm1 = at(o.shape, i - 1)
        let sp1 = at(o.shape, i + 1)
        let f0 = o.flags[i]
        let fm1: TokenObservations.Flags = sentence.contains(i - 1) ? o.flags[i - 1] : []
        let fp1: TokenObservations.Flags = sentence.contains(i + 1) ? o.flags[i + 1] : []
        let cap0 = UInt64(f0.rawValue & 0b11)
        let capPattern =
            UInt64(fm1.rawValue & 0b1) | UInt64(f0.rawValue & 0b11) << 1 | UInt64(fp1.rawValue & 0b1) << 3
            | UInt64(f0.contains(.sentenceInitial) ? 16 : 0)
        let docBits = UInt64((f0.rawValue >> 4) & 0b1111)
        out.append(F.feature(0, 0))
        out.append(F.feature(1, w0))
        out.append(F.feature(2, wm1))
        out.append(F.feature(3, wp1))
        out.append(F.feature(4, wm2))
        out.append(F.feature(5, wp2))
        out.append(F.feature(6, wm1, w0))
        out.append(F.feature(7, w0, wp1))
        out.append(F.feature(8, o.suffix2[i], cap0))
        out.append(F.feature(9, o.suffix3[i], cap0))
        out.append(F.feature(10, o.suffix4[i]))
        out.append(F.feature(11, o.prefix3[i], cap0))
        out.append(F.feature(12, s0))
        out.append(F.feature(13, sm1))
        out.append(F.feature(14, sp1))
        out.append(F.feature(15, sm1, s0))
        out.append(F.feature(16, s0, sp1))
        out.append(F.feature(17, UInt64(f0.rawValue & 0x1FFF)))
        out.append(F.feature(18, capPattern))
        out.append(F.feature(19, docBits, capPattern))
        out.append(F.feature(20, wm1, cap0))
        out.append(F.feature(21, wm2, wm1))
        out.append(F.feature(22, wp1, cap0))
        out.append(F.feature(23, w0, UInt64(f0.contains(.sentenceInitial) ? 1 : 0)))
        // Whether the word is ever part of a longer capitalised name in the document.
        let joinBits = UInt64((f0.rawValue >> 13) & 0b11)
        out.append(F.feature(48, joinBits | docBits << 2, capPattern))
        // Gazetteers: each category the token begins, continues or ends, and its neighbours'.
        let g0 = o.gazetteer[i]
        let gm1 = sentence.contains(i - 1) ? o.gazetteer[i - 1] : 0
        let gp1 = sentence.contains(i + 1) ? o.gazetteer[i + 1] : 0
        var bits = g0
        while bits != 0 {
            let b = UInt64(bits.trailingZeroBitCount)
            out.append(F.feature(24, b, cap0))
            bits &= bits - 1
        }
        bits = gm1
        while bits != 0 {
            let b = UInt64(bits.trailingZeroBitCount)
            out.append(F.feature(25, b, cap0))
            bits &= bits - 1
        }
        bits = gp1
        while bits != 0 {
            let b = UInt64(bits.trailingZeroBitCount)
            out.append(F.feature(26, b, cap0))
            bits &= bits - 1
        }
        out.append(F.feature(27, g0 & 0xFFFF, gm1 & 0xFFFF_FFFF_FFFF))
        // Word clusters.
        let c0 = UInt64(o.cluster[i])
        if c0 != 0 || !o.cluster.isEmpty {
            let cm1 = sentence.contains(i - 1) ? UInt64(o.cluster[i - 1]) : 9999
            let cp1 = sentence.contains(i + 1) ? UInt64(o.cluster[i + 1]) : 9999
            out.append(F.feature(28, c0, cap0))
            out.append(F.feature(29, cm1))
            out.append(F.feature(30, cp1))
            out.append(F.feature(31, c0 >> 4, cap0))
        }
        // Distributional classes from word vectors: the token's row and classes, its neighbours'.
        out.append(F.feature(32, UInt64(o.vectorRow[i]), cap0))
        let v0 = UInt64(o.vectorFine[i])
        let vm1 = sentence.contains(i - 1) ? UInt64(o.vectorFine[i - 1]) : 9999
        let vp1 = sentence.contains(i + 1) ? UInt64(o.vectorFine[i + 1]) : 9999
        let k0 = UInt64(o.vectorCoarse[i])
        let km1 = sentence.contains(i - 1) ? UInt64(o.vectorCoarse[i - 1]) : 9999
        let kp1 = sentence.contains(i + 1) ? UInt64(o.vectorCoarse[i + 1]) : 9999
        out.append(F.feature(33, v0, cap0))
        out.append(F.feature(34, k0, cap0))
        out.append(F.feature(35, vm1))
        out.append(F.feature(36, vp1))
        out.append(F.feature(37, km1, k0))
        out.append(F.feature(38, k0, kp1))
        // The teacher's verdict on the word and its neighbours.
        let t0 = UInt64(o.teacher[i])
        out.append(F.feature(45, t0, cap0))
        out.append(F.feature(46, sentence.contains(i - 1) ? UInt64(o.teacher[i - 1]) : 99, t0))
        out.append(F.feature(47, t0, sentence.contains(i + 1) ? UInt64(o.teacher[i + 1]) : 99))
    }

    /// Appends the hashes of the features of token `i` that depend on the two labels before it.
    @inline(__always)
    package static func labelFeatures(
        _ o: TokenObservations, _ i: Int, previous p1: UInt8, beforePrevious p2: UInt8,
        into out: inout [UInt64]
    ) {
        typealias F = FeatureHash
        let l1 = UInt64(p1)
        out.append(F.feature(40, l1))
        out.append(F.feature(41, l1, UInt64(p2)))
        out.append(F.feature(42, l1, o.word[i]))
        out.append(F.feature(43, l1, o.shape[i]))
        out.append(F.feature(44, l1, UInt64(o.flags[i].rawValue & 0b11111)))
    }
}
