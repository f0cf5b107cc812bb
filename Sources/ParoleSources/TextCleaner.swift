import Foundation

/// Turns text taken from markup into one clean line: runs of white space become one space,
/// invisible characters (soft hyphens, zero-width spaces and joiners, byte order marks,
/// direction marks) and control characters are removed, the ends are trimmed, and the text is
/// put in Unicode normalization form C (a letter and its combining accent become one
/// character, as most text and every lexicon has them).
///
/// Cleaning happens before the article text is built, so every offset computed later
/// points into the cleaned text.
public enum TextCleaner {
    /// Whether the scalar `value` is removed outright: soft hyphen, zero-width spaces and
    /// joiners, direction marks, word joiner, byte order mark, combining grapheme joiner,
    /// Mongolian vowel separator.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x200B...0x200F, 0x2060, 0xFEFF, 0x034F, 0x180E: return true
        default: return false
        }
    }

    /// Whether `scalar` is collapsed as white space (no-break spaces are kept as they are:
    /// French typography uses them before `:` and inside guillemets).
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether normalization form C may change text holding `value`: every scalar from the
    /// combining accents up, except the common punctuation (dashes, quotation marks,
    /// ellipsis), which NFC leaves alone. Text of Latin letters and that punctuation is
    /// returned without the normalization pass.
    static func mayNeedComposition(_ value: UInt32) -> Bool {
        value >= 0x0300 && !(0x2010...0x205F).contains(value)
    }

    /// `text` as one clean line.
    public static func clean(_ text: String) -> String {
        // Works on the UTF-8 bytes: ASCII bytes are looked at one by one, and only the scalars
        // of two or more bytes are decoded (a String is valid UTF-8, so the decoding needs no
        // checks). Building a scalar view scalar by scalar cost a tenth of extracting a page.
        var text = text
        var compose = false
        let line = text.withUTF8 { bytes -> String in
            guard !bytes.isEmpty else { return "" }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                var index = 0
                let end = bytes.count
                while index < end {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                            pendingSpace = true
                        } else if lead >= 0x20 && lead != 0x7F {
                            if pendingSpace && count > 0 {
                                out[count] = 0x20
                                count += 1
                            }
                            pendingSpace = false
                            out[count] = lead
                            count += 1
                        }
                        continue
                    }
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    let start = index
                    index += length
                    if value == 0x85 || value == 0x2028 || value == 0x2029 {
                        pendingSpace = true
                        continue
                    }
                    if isInvisible(value) || value < 0xA0 { continue }
                    if pendingSpace && count > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    if !compose, mayNeedComposition(value) { compose = true }
                    for offset in 0..<length { out[count + offset] = bytes[start + offset] }
                    count += length
                }
                return count
            }
        }
        return compose ? line.precomposedStringWithCanonicalMapping : line
    }
}
