/// How many colours the terminal draws.
public enum ColorDepth: Hashable, Sendable {
    /// None: bold, underline, reverse and dim only (NO_COLOR, `--no-color`, vt100).
    case none
    /// The 16 basic and bright colours.
    case sixteen
    /// The 256-colour palette.
    case full
}

/// Whether the terminal's background is dark or light (`--theme`, `set theme`, COLORFGBG).
public enum ThemeBackground: String, Hashable, Sendable, CaseIterable {
    /// Light text on a dark background.
    case dark
    /// Dark text on a light background.
    case light

    /// The background `COLORFGBG` ("15;0", "0;15", "default;default;0") tells, if it tells one:
    /// its last field is the background colour; 7 and 9–15 are light.
    public static func from(colorFGBG: String?) -> ThemeBackground? {
        guard let colorFGBG, let last = colorFGBG.split(separator: ";").last, let bg = Int(last) else {
            return nil
        }
        return bg == 7 || (9...15).contains(bg) ? .light : .dark
    }
}

/// The parts of the screen whose look a config file's `color` line can change.
public enum ThemeElement: String, CaseIterable, Hashable, Sendable {
    /// People's names.
    case person
    /// Organisations' names.
    case organisation
    /// Places' names.
    case place
    /// Other names.
    case other
    /// Search matches.
    case match
    /// The current search match.
    case currentMatch = "current-match"
    /// Headings of screens and panels.
    case heading
    /// The article's title and subheadings in its text.
    case textHeading = "text-heading"
    /// The selected row.
    case selection
    /// The status line.
    case status
    /// Rules, labels and secondary text.
    case faint
    /// Text outside the actor filter.
    case dimmed
}

/// Everything that decides colours: depth, background, and the config file's `color` lines.
public struct Appearance: Hashable, Sendable {
    /// How many colours are drawn.
    public var depth: ColorDepth
    /// Dark or light background.
    public var background: ThemeBackground
    /// Looks set by a config file, per element.
    public var overrides: [ThemeElement: CellStyle]

    /// Creates an appearance.
    public init(
        depth: ColorDepth = .full, background: ThemeBackground = .dark,
        overrides: [ThemeElement: CellStyle] = [:]
    ) {
        self.depth = depth
        self.background = background
        self.overrides = overrides
    }
}
