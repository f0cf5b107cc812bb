/// What the terminal is given for each scalar of an article, and how many columns it takes.
///
/// Control characters become visible placeholders (␛, ␇, …) so that nothing in an article can
/// move the cursor or change colours; invisible formatting characters (soft hyphen, bidi
/// controls, zero-width spaces) are not shown at all.
public enum ColumnWidth {
    /// The scalar drawn for `scalar`, or nil when nothing is drawn for it.
    @inline(__always)
    public static func display(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return scalar }
        if v < 0x20 {
            switch v {
            case 0x09, 0x0A: return " "
            case 0x0D: return nil
            default: return Unicode.Scalar(0x2400 + v)!
            }
        }
        if v == 0x7F { return "\u{2421}" }
        if v < 0xA0 { return "\u{FFFD}" }
        if v < 0x300 { return v == 0xAD ? nil : scalar }
        switch v {
        case 0x2028, 0x2029: return " "
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0x061C, 0xFFF9...0xFFFB:
            return nil
        default: return scalar
        }
    }

    /// Columns taken by an already displayable scalar: 0 for a combining mark (drawn in the
    /// previous cell), 2 for a wide (East Asian, emoji) character, else 1.
    @inline(__always)
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 || (0x2010...0x205F).contains(v) || (0x20A0...0x20C0).contains(v)
            || (0x2190...0x21FF).contains(v) || (0x2400...0x25FC).contains(v)
        {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The columns `text` takes once displayed.
    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            if let shown = display(scalar) { total += width(shown) }
        }
        return total
    }

    /// `text` cut to the `columns` it may take on screen (a wide letter takes two), ending with
    /// "…" when it was cut (the ellipsis alone when `columns` is below 2).
    public static func cut(_ text: String, toColumns columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let next = width(of: String(character))
            guard used + next <= columns - 1 else { break }
            kept.append(character)
            used += next
        }
        return kept + "…"
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
            0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
