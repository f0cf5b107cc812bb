/// A terminal colour by its number: 0–7 the eight basic colours, 8–15 their bright
/// variants, 16–255 the 256-colour palette (a 6×6×6 cube, then greys).
public struct TerminalColor: Hashable, Sendable {
    /// The colour's number.
    public let index: UInt8

    /// The colour numbered `index`.
    public init(_ index: UInt8) { self.index = index }

    /// The colour's number as an Int (curses takes it so).
    public var rawValue: Int { Int(index) }

    /// Black (curses colour 0).
    public static let black = TerminalColor(0)
    /// Red (1).
    public static let red = TerminalColor(1)
    /// Green (2).
    public static let green = TerminalColor(2)
    /// Yellow (3).
    public static let yellow = TerminalColor(3)
    /// Blue (4).
    public static let blue = TerminalColor(4)
    /// Magenta (5).
    public static let magenta = TerminalColor(5)
    /// Cyan (6).
    public static let cyan = TerminalColor(6)
    /// White (7).
    public static let white = TerminalColor(7)

    /// The eight basic colours by name, as a config file writes them.
    public static let names: [String: TerminalColor] = [
        "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
        "magenta": .magenta, "cyan": .cyan, "white": .white,
    ]

    /// The nearest colour a terminal with `colors` colours (8 or 16) has.
    public func reduced(toColors colors: Int) -> TerminalColor {
        if rawValue < colors { return self }
        let (r, g, b) = rgb
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<min(colors, 16) {
            let (cr, cg, cb) = TerminalColor(UInt8(candidate)).rgb
            let distance = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return TerminalColor(UInt8(best))
    }

    /// The colour's red, green, blue (0–255) in xterm's default palette.
    var rgb: (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let i = rawValue
        if i < 16 { return basic[i] }
        if i >= 232 {
            let level = 8 + (i - 232) * 10
            return (level, level, level)
        }
        let cube = i - 16
        func level(_ n: Int) -> Int { n == 0 ? 0 : 55 + n * 40 }
        return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
    }
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
