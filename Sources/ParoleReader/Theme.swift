import ParoleKit

/// The styles of the reader, in colour or, without colour, with attributes only.
struct Theme {
    /// Whether colours are used.
    let color: Bool

    /// An entity of `type`.
    func entity(_ type: EntityType) -> CellStyle {
        guard color else { return CellStyle(bold: true) }
        return CellStyle(foreground: Self.entityColor(type), bold: true)
    }

    /// The colour of an entity type.
    static func entityColor(_ type: EntityType) -> TerminalColor {
        switch type {
        case .person: return .cyan
        case .organization: return .magenta
        case .location: return .green
        case .miscellaneous: return .yellow
        }
    }

    /// A quote spoken by someone drawn in `speaker`'s colour; `entity` when it is also a name.
    func quote(_ speaker: TerminalColor, entity: EntityType?) -> CellStyle {
        guard color else { return CellStyle(bold: entity != nil, underline: true) }
        if let entity { return CellStyle(foreground: Self.entityColor(entity), bold: true, underline: true) }
        return CellStyle(foreground: speaker)
    }

    /// The current quote.
    func currentQuote(_ speaker: TerminalColor, entity: Bool) -> CellStyle {
        guard color else { return CellStyle(bold: entity, reverse: true) }
        return CellStyle(foreground: .black, background: speaker, bold: entity)
    }

    /// Text outside the filtered actor's quotes and mentions.
    var dimmed: CellStyle { CellStyle(dim: true) }

    /// A search match; `current` for the one stepped to.
    func match(current: Bool) -> CellStyle {
        guard color else { return CellStyle(bold: true, underline: current, reverse: true) }
        return current
            ? CellStyle(foreground: .black, background: .yellow, bold: true, underline: true)
            : CellStyle(foreground: .black, background: .white)
    }

    /// A panel or screen heading; `focused` when keys act on it.
    func heading(focused: Bool) -> CellStyle { CellStyle(bold: true, reverse: focused) }

    /// The selected row of a focused list.
    var selection: CellStyle { CellStyle(reverse: true) }

    /// Lines, rules and secondary text.
    var faint: CellStyle { color ? CellStyle(foreground: .blue) : CellStyle(dim: true) }

    /// The status line.
    var status: CellStyle { CellStyle(reverse: true) }

    /// A speaker's name in the Quotes panel.
    func speaker(_ color: TerminalColor) -> CellStyle {
        self.color ? CellStyle(foreground: color, bold: true) : CellStyle(bold: true)
    }
}
