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
    /// The characters removed outright.
    static let invisible: Set<UInt32> = [
        0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x034F, 0x180E,
    ]

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
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var compose = false
        for scalar in text.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = true
                continue
            }
            let v = scalar.value
            if invisible.contains(v) || v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            if !compose, mayNeedComposition(v) { compose = true }
            out.append(scalar)
        }
        let line = String(out)
        return compose ? line.precomposedStringWithCanonicalMapping : line
    }
}
