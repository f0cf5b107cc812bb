/// A line of a heading or the status line made of parts of falling importance (" 3/12",
/// " · Enter open", " · / filter"), fitted to a width by leaving whole parts out from the end,
/// so that a narrow screen never shows a word cut without a mark.
struct PartedLine {
    /// The parts, most important first, each with its own leading separator.
    var parts: [String]

    /// The parts that fit in `width` columns, whole. When some are left out the line ends with
    /// "…"; a first part wider than the line is cut and ends with "…".
    func fitted(width: Int) -> String {
        guard width > 0 else { return "" }
        var line = ""
        var used = 0
        for (index, part) in parts.enumerated() {
            let partWidth = ColumnWidth.width(of: part)
            let isLast = index == parts.count - 1
            // Room for the part, and for the "…" that says the rest was left out.
            if used + partWidth + (isLast ? 0 : 1) <= width
                || isLast && used + partWidth <= width
            {
                line += part
                used += partWidth
                continue
            }
            if index == 0 { return Self.cut(part, width: width) }
            return line + "…"
        }
        return line
    }

    /// `text` cut to `width` columns, ending with "…" when it was cut.
    static func cut(_ text: String, width: Int) -> String { ColumnWidth.cut(text, toColumns: width) }
}
