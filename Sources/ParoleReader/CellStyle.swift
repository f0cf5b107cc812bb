/// One of the eight colours every colour terminal has, in the order curses numbers them.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    /// Black (curses colour 0).
    case black
    /// Red (curses colour 1).
    case red
    /// Green (curses colour 2).
    case green
    /// Yellow (curses colour 3).
    case yellow
    /// Blue (curses colour 4).
    case blue
    /// Magenta (curses colour 5).
    case magenta
    /// Cyan (curses colour 6).
    case cyan
    /// White (curses colour 7).
    case white
}

/// How one cell is drawn: colours (nil is the terminal's default) and attributes.
public struct CellStyle: Hashable, Sendable {
    /// The text colour, or nil for the terminal's default.
    public var foreground: TerminalColor?
    /// The background colour, or nil for the terminal's default.
    public var background: TerminalColor?
    /// Bold (or bright) text.
    public var bold: Bool
    /// Underlined text.
    public var underline: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Dim (faint) text.
    public var dim: Bool

    /// Creates a style.
    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false,
        underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = CellStyle()
}
