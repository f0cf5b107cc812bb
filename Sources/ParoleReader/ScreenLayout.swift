/// A terminal size in cells.
public struct TerminalSize: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether the cell at (`x`, `y`) lies inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < self.x + width && y >= self.y && y < self.y + height
    }
}

/// Where the parts of the article view go for a terminal size: text, the Quotes and Actors
/// panels (right of the text when the terminal is wide, below it when narrow), status line.
public struct ScreenLayout: Hashable, Sendable {
    /// The smallest terminal the reader draws in; below it, a short message.
    public static let minimumSize = TerminalSize(width: 40, height: 10)
    /// From this width on, the panels sit right of the text.
    public static let sidePanelsWidth = 100
    /// The widest the text is wrapped to, for readability.
    public static let maximumTextWidth = 100

    /// The terminal size laid out.
    public let size: TerminalSize
    /// Whether the terminal is smaller than `minimumSize`.
    public let isTooSmall: Bool
    /// Whether the panels are right of the text (else below).
    public let panelsBeside: Bool
    /// The text area.
    public let text: Rect
    /// The width text is wrapped to.
    public let wrapWidth: Int
    /// The column wrapped lines start at.
    public let textX: Int
    /// The Quotes panel, its header row included.
    public let quotes: Rect
    /// The Actors panel, its header row included.
    public let actors: Rect
    /// The status line.
    public let status: Rect

    /// Lays out a terminal of `size`.
    public init(size: TerminalSize) {
        self.size = size
        let w = size.width
        let h = size.height
        isTooSmall = w < Self.minimumSize.width || h < Self.minimumSize.height
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let body = max(0, h - 1)
        if w >= Self.sidePanelsWidth {
            panelsBeside = true
            // The panels take a third of the width (34 to 48 columns), or all that the text,
            // wrapped at most `maximumTextWidth` wide, leaves.
            let panelWidth = max(min(48, max(34, w / 3)), w - Self.maximumTextWidth - 3)
            text = Rect(x: 0, y: 0, width: w - panelWidth - 1, height: body)
            let quotesHeight = (body + 1) / 2 + body / 8
            quotes = Rect(x: w - panelWidth, y: 0, width: panelWidth, height: quotesHeight)
            actors = Rect(x: w - panelWidth, y: quotesHeight, width: panelWidth, height: body - quotesHeight)
        } else {
            panelsBeside = false
            let panelHeight = min(max(6, body * 2 / 5), max(0, body - 3))
            text = Rect(x: 0, y: 0, width: w, height: body - panelHeight)
            let quotesWidth = w * 3 / 5
            quotes = Rect(x: 0, y: text.height, width: quotesWidth, height: panelHeight)
            actors = Rect(x: quotesWidth + 1, y: text.height, width: w - quotesWidth - 1, height: panelHeight)
        }
        textX = text.x + 1
        wrapWidth = max(2, min(Self.maximumTextWidth, text.width - 2))
    }

    /// Number of item rows in a panel (its header row aside).
    static func rows(of panel: Rect) -> Int { max(0, panel.height - 1) }

    /// The first item shown in a list of `count` items scrolled to keep `selection` in view.
    static func top(selection: Int, count: Int, rows: Int) -> Int {
        guard count > rows, rows > 0 else { return 0 }
        return min(max(0, selection - rows / 2), count - rows)
    }
}
