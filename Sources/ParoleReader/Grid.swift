/// One cell of the screen: what is drawn there and how.
///
/// A wide character fills its cell and leaves the next one empty (`text == ""`); combining
/// marks are stored with the character they follow.
public struct Cell: Hashable, Sendable {
    /// The characters drawn in the cell: usually one scalar, "" for the right half of a wide one.
    public var text: String
    /// How the cell is drawn.
    public var style: CellStyle

    /// Creates a cell.
    public init(text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// The text as it may reach a terminal: each scalar as ``ColumnWidth/display(_:)`` shows it
    /// (control characters as placeholders; bidi controls, zero-width and format characters
    /// left out). The reader's own writes are made so already (``Grid/write(_:x:y:style:maxWidth:ellipsis:)``,
    /// the article's display scalars); the terminal and the `--render` captures draw this, the
    /// one place every cell goes through, so that a cell set by any other means cannot carry
    /// an escape sequence to the screen.
    public var drawnText: String {
        guard text.unicodeScalars.contains(where: { ColumnWidth.display($0) != $0 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let shown = ColumnWidth.display(scalar) { out.append(shown) }
        }
        return String(out)
    }
}

/// A screenful of styled cells: what the reader shows, independent of any terminal.
public struct Grid: Hashable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a grid of blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Sets the style of the cells from column `x` to `x + count - 1` on row `y`.
    public mutating func setStyle(_ style: CellStyle, x: Int, y: Int, count: Int) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) { cells[y * width + column].style = style }
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: CellStyle = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column] = Cell(text: " ", style: style)
            }
        }
    }

    /// Writes `text` from column `x` on row `y`, in at most `maxWidth` columns (to the grid's
    /// edge by default), control characters shown as placeholders; with `ellipsis`, text that
    /// does not fit ends with "…". Returns the columns used.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil,
        ellipsis: Bool = false
    ) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        if ellipsis, limit - x >= 2, ColumnWidth.width(of: text) > limit - x {
            let used = write(text, x: x, y: y, style: style, maxWidth: limit - x - 1)
            cells[y * width + x + used] = Cell(text: "…", style: style)
            return used + 1
        }
        var column = x
        for scalar in text.unicodeScalars {
            guard let shown = ColumnWidth.display(scalar) else { continue }
            let w = ColumnWidth.width(shown)
            if w == 0 {
                if column > x {
                    var back = column - 1
                    if cells[y * width + back].text.isEmpty, back > x { back -= 1 }
                    cells[y * width + back].text.unicodeScalars.append(shown)
                }
                continue
            }
            if column + w > limit {
                if column < limit { cells[y * width + column] = Cell(text: " ", style: style) }
                return limit - x
            }
            cells[y * width + column] = Cell(text: String(shown), style: style)
            if w == 2 { cells[y * width + column + 1] = Cell(text: "", style: style) }
            column += w
        }
        return column - x
    }

    /// The text of row `y`, right half of wide characters left out.
    public func row(_ y: Int) -> String {
        var line = ""
        for x in 0..<width { line += cells[y * width + x].drawnText }
        return line
    }

    /// All rows as text, trailing blanks removed, one line each.
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

extension Grid {
    /// All rows as text with ANSI SGR colour and attribute codes (for captures viewed with
    /// `cat` or `less -R`); the text itself is already free of control characters.
    public var ansiText: String {
        var out = ""
        for y in 0..<height {
            var current = CellStyle.plain
            for x in 0..<width {
                let cell = self[x, y]
                if cell.style != current {
                    out += Self.sgr(cell.style)
                    current = cell.style
                }
                out += cell.drawnText
            }
            out += current == .plain ? "\n" : "\u{1B}[0m\n"
        }
        return out
    }

    /// The SGR code of a colour: 30–37 / 40–47, 90–97 / 100–107 for bright ones, else 38;5;N.
    private static func code(_ color: TerminalColor, base: Int) -> String {
        let i = color.rawValue
        if i < 8 { return String(base + i) }
        if i < 16 { return String(base + 60 + i - 8) }
        return "\(base + 8);5;\(i)"
    }

    private static func sgr(_ style: CellStyle) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let fg = style.foreground { codes.append(code(fg, base: 30)) }
        if let bg = style.background { codes.append(code(bg, base: 40)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
