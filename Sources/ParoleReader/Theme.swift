import ParoleKit

/// The styles of the reader for an `Appearance`: entity types and speakers in two palettes that
/// share no colour, chosen per background (light colours on dark, dark ones on light), in 256 or
/// 16 colours, or, without colour, bold, underline, reverse and dim only.
struct Theme {
    /// Depth, background and overrides.
    let appearance: Appearance

    /// The speakers' palette for this appearance, computed once (the text asks per cell).
    let speakerPalette: [TerminalColor]
    /// The style of each entity type, in `EntityType.allCases` order.
    private let entityStyles: [CellStyle]

    /// A theme for `appearance`.
    init(_ appearance: Appearance) {
        self.appearance = appearance
        speakerPalette = Self.palette(for: appearance)
        var styles: [CellStyle] = []
        for type in EntityType.allCases {
            if let style = appearance.overrides[Self.element(for: type)] {
                styles.append(style)
            } else if appearance.depth == .none {
                styles.append(CellStyle(bold: true))
            } else {
                styles.append(CellStyle(foreground: Self.entityColor(type, appearance), bold: true))
            }
        }
        entityStyles = styles
    }

    /// Whether colours are used.
    var color: Bool { appearance.depth != .none }
    private var light: Bool { appearance.background == .light }
    private var full: Bool { appearance.depth == .full }

    /// The speakers' palette, most distinct first (the two most quoted actors get colours far
    /// apart); no entity-type colour and no search-match colour is in it.
    static func palette(for appearance: Appearance) -> [TerminalColor] {
        let indexes: [UInt8]
        switch (appearance.depth == .full, appearance.background == .light) {
        case (true, false): indexes = [208, 39, 203, 141, 172, 69, 168, 106]
        case (true, true): indexes = [166, 26, 160, 97, 130, 24, 162, 58]
        case (false, false): indexes = [1, 4, 9, 12, 13, 14, 10]
        case (false, true): indexes = [1, 4, 9, 12, 13, 8, 10]
        }
        return indexes.map(TerminalColor.init)
    }

    /// The colour of speaker slot `slot` (`ArticleModel` numbers quoted actors), or the default.
    func speakerColor(_ slot: Int) -> TerminalColor? {
        guard color, slot >= 0 else { return nil }
        let palette = speakerPalette
        return palette[slot % palette.count]
    }

    /// The colour of an entity type.
    func entityColor(_ type: EntityType) -> TerminalColor { Self.entityColor(type, appearance) }

    static func entityColor(_ type: EntityType, _ appearance: Appearance) -> TerminalColor {
        let index: UInt8
        switch (type, appearance.depth == .full, appearance.background == .light) {
        case (.person, true, false): index = 87
        case (.person, true, true): index = 30
        case (.person, false, _): index = 6
        case (.organization, true, false): index = 177
        case (.organization, true, true): index = 90
        case (.organization, false, _): index = 5
        case (.location, true, false): index = 114
        case (.location, true, true): index = 28
        case (.location, false, _): index = 2
        case (.miscellaneous, true, false): index = 186
        case (.miscellaneous, true, true): index = 136
        case (.miscellaneous, false, _): index = 3
        }
        return TerminalColor(index)
    }

    private static func element(for type: EntityType) -> ThemeElement {
        switch type {
        case .person: return .person
        case .organization: return .organisation
        case .location: return .place
        case .miscellaneous: return .other
        }
    }

    /// An entity of `type`: bold, in its type's colour.
    func entity(_ type: EntityType) -> CellStyle {
        switch type {
        case .person: return entityStyles[0]
        case .organization: return entityStyles[1]
        case .location: return entityStyles[2]
        case .miscellaneous: return entityStyles[3]
        }
    }

    /// A quote by the speaker in `slot`, in its colour; `entity` when it is also a name.
    func quote(slot: Int, entity: EntityType?) -> CellStyle {
        guard color else { return CellStyle(bold: entity != nil, underline: true) }
        if let entity {
            var style = self.entity(entity)
            style.underline = true
            return style
        }
        return CellStyle(foreground: speakerColor(slot))
    }

    /// The current quote: on its speaker's colour (reverse without colour), never bold or
    /// underlined, so it differs from the current search match.
    func currentQuote(slot: Int, entity: Bool) -> CellStyle {
        guard color else { return CellStyle(bold: entity, reverse: true) }
        let background =
            speakerColor(slot) ?? (light ? TerminalColor(full ? 250 : 7) : TerminalColor(full ? 240 : 8))
        let foreground: TerminalColor =
            light ? (full ? TerminalColor(231) : .white) : (full ? TerminalColor(16) : .black)
        return CellStyle(foreground: foreground, background: background, bold: entity)
    }

    /// Text outside the filtered actor's quotes and mentions.
    var dimmed: CellStyle { appearance.overrides[.dimmed] ?? CellStyle(dim: true) }

    /// A search match; `current` for the one stepped to (bold and underlined, brighter).
    func match(current: Bool) -> CellStyle {
        if let style = appearance.overrides[current ? .currentMatch : .match] { return style }
        guard color else { return CellStyle(bold: true, underline: current, reverse: true) }
        if current {
            return CellStyle(
                foreground: .black, background: TerminalColor(full ? 226 : 11), bold: true, underline: true)
        }
        return CellStyle(foreground: .black, background: full ? TerminalColor(light ? 229 : 187) : .white)
    }

    /// A panel or screen heading; `focused` when keys act on it.
    func heading(focused: Bool) -> CellStyle {
        if focused, let style = appearance.overrides[.heading] { return style }
        return CellStyle(bold: true, reverse: focused)
    }

    /// A cell of the article's title or a subheading whose style is `style` (plain for words
    /// that are no name, quote or match): plain words take the heading style (bold, in the
    /// heading colour; the config's `text-heading`), marked words stay in their colour and turn
    /// bold. Without colour, where names are bold already, a heading is drawn in reverse video
    /// (reverse marks inside it, the current quote or match, come back to normal video).
    func inHeading(_ style: CellStyle) -> CellStyle {
        if style == .plain, let override = appearance.overrides[.textHeading] { return override }
        var style = style
        guard color else {
            style.reverse.toggle()
            return style
        }
        if style == .plain {
            style.foreground = light ? TerminalColor(full ? 16 : 0) : TerminalColor(full ? 231 : 15)
        }
        if !style.dim { style.bold = true }
        return style
    }

    /// The selected row of a focused list.
    var selection: CellStyle { appearance.overrides[.selection] ?? CellStyle(reverse: true) }

    /// Lines, rules and secondary text.
    var faint: CellStyle {
        if let style = appearance.overrides[.faint] { return style }
        guard color else { return CellStyle(dim: true) }
        return CellStyle(
            foreground: full ? TerminalColor(light ? 243 : 245) : (light ? .blue : TerminalColor(8)))
    }

    /// The status line.
    var status: CellStyle { appearance.overrides[.status] ?? CellStyle(reverse: true) }

    /// A speaker's name in the Quotes and Actors panels: bold, in its colour.
    func speaker(slot: Int) -> CellStyle {
        CellStyle(foreground: speakerColor(slot), bold: true)
    }
}
