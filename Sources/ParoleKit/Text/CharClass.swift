/// Fast classification of Unicode scalars, with an ASCII path first.
enum CharClass {
    /// Spaces of every kind: ASCII white space, no-break space, narrow no-break space, thin spaces.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x202F, 0x2000...0x200A, 0x205F, 0x3000, 0x1680:
            return true
        default: return false
        }
    }

    /// Characters that take no room and carry no meaning inside a word: soft hyphen, zero-width ones, BOM.
    static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Letters of any script.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        // Latin-1 and Latin Extended-A, the letters of French text, without a table lookup.
        if v >= 0xC0 && v <= 0x17F { return v != 0xD7 && v != 0xF7 }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        return c.properties.isAlphabetic && !isMark(c)
    }

    /// Whether a letter is upper-case; Latin-1 letters are answered without a table lookup.
    @inline(__always)
    static func isUppercaseLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        if v >= 0xC0 && v <= 0xFF { return v <= 0xDE && v != 0xD7 }
        return c.properties.isUppercase
    }

    /// Decimal digits.
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 48 && v <= 57 }
        return c.properties.numericType == .decimal
    }

    /// Combining marks, which belong to the letter before them.
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Apostrophes: ' ’ ʼ.
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }

    /// Hyphens that join words: - and U+2010/U+2011.
    static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    /// `s` folded for comparing names: lower-case, ’ written ', runs of spaces as one space,
    /// no space at either end. Latin letters are folded without a Unicode table lookup.
    static func lowercased(_ s: some StringProtocol) -> String {
        latinLowercased(s.utf8) ?? scalarLowercased(s)
    }

    /// `lowercased(_:)` scalar by scalar, for any text (the byte path covers Latin letters only).
    static func scalarLowercased(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            if isApostrophe(c) {
                out.append("'")
            } else if c.isASCII {
                out.append(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c)
            } else if isUppercaseLetter(c) {
                if c.value <= 0xDE {
                    out.append(Unicode.Scalar(c.value + 32)!)
                } else {
                    out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                }
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// `lowercased(_:)` of a text of ASCII and Latin-1 letters and ASCII spaces (the words of
    /// the resource files, most names), folded on its UTF-8 bytes; nil for any other text.
    /// Latin-1 upper-case letters (U+00C0–U+00DE but ×) are `C3 80`–`C3 9E`: their lower-case
    /// forms are 0x20 further in the second byte. Spaces are folded as `scalarLowercased` folds
    /// them (a run as one space, none at either end): names of several words took the scalar
    /// path, a tenth of the actor index's time.
    private static func latinLowercased(_ utf8: some Collection<UInt8>) -> String? {
        var folded = true
        let out = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0
            var afterC3 = false
            var pendingSpace = false
            for byte in utf8 {
                if afterC3 {
                    afterC3 = false
                    buffer[n] = byte >= 0x80 && byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte
                    n += 1
                    continue
                }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace {
                    buffer[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                if byte < 0x80 {
                    buffer[n] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                } else if byte == 0xC3 {
                    afterC3 = true
                    buffer[n] = byte
                } else {
                    folded = false
                    return 0
                }
                n += 1
            }
            return n
        }
        return folded ? out : nil
    }
}
