import ParoleKit

/// One line of the help screen.
enum HelpLine {
    /// A section heading.
    case section(String)
    /// Keys and what they do.
    case binding(keys: String, summary: String)
    /// A colour sample, its style, and what it means.
    case legend(sample: String, style: CellStyle, meaning: String)
}

extension ReaderState {
    /// The help's lines: each screen's keys from the keymaps in force (so a config file's
    /// bindings show), those of the screen the help was opened from first, the prompts' editing
    /// keys, and the colour legend.
    func helpLines(theme: Theme) -> [HelpLine] {
        var lines: [HelpLine] = []
        // The keys of the screen the help was opened from come first.
        let all: [Keymap.Context] = [.article, .list, .detail, .statistics]
        let current = help.returnTo.keymapContext
        for context in all.filter({ $0 == current }) + all.filter({ $0 != current }) {
            let keymap = keymaps[context]
            lines.append(.section(context.title))
            for action in keymap.actions {
                let keys = keymap.keys(for: action)
                guard !keys.isEmpty else { continue }
                lines.append(
                    .binding(
                        keys: keys.map(KeyName.label).joined(separator: " "),
                        summary: action.summary(on: context)))
            }
        }
        lines.append(.section("Typing (/ and f)"))
        lines.append(.binding(keys: "Enter  Esc", summary: "run / cancel"))
        lines.append(.binding(keys: "← → ^A ^E", summary: "move in the line"))
        lines.append(.binding(keys: "BS ^W ^U ^K", summary: "delete char / word / to start / to end"))
        lines.append(.binding(keys: "paste", summary: "inserted as one edit"))
        lines.append(.binding(keys: "wheel  click", summary: "scroll / select a row"))
        lines.append(.section("Counts"))
        lines.append(.binding(keys: "5j 3n 2Space", summary: "a number repeats a move"))
        lines.append(.binding(keys: "12g 12G", summary: "line (or row) 12"))
        lines.append(.section("Terminal"))
        lines.append(.binding(keys: "^C", summary: "quit at once"))
        lines.append(.binding(keys: "^Z", summary: "suspend; fg brings the reader back"))
        lines.append(.section("Colours"))
        let types: [(EntityType, String)] = [
            (.person, "person"), (.organization, "organisation"), (.location, "place"),
            (.miscellaneous, "other name"),
        ]
        lines.append(
            .legend(sample: "Title", style: theme.inHeading(.plain), meaning: "the title or a subheading"))
        for (type, label) in types {
            lines.append(.legend(sample: "Name", style: theme.entity(type), meaning: label))
        }
        lines.append(
            .legend(
                sample: "« … »", style: theme.quote(slot: 0, entity: nil),
                meaning: "a quote, in its speaker's colour"))
        lines.append(
            .legend(sample: "Speaker", style: theme.speaker(slot: 0), meaning: "its speaker (same colour)"))
        lines.append(
            .legend(
                sample: "« … »", style: theme.currentQuote(slot: 0, entity: false),
                meaning: "the current quote"))
        lines.append(.legend(sample: "match", style: theme.match(current: false), meaning: "a search match"))
        lines.append(
            .legend(sample: "match", style: theme.match(current: true), meaning: "the current match"))
        lines.append(.legend(sample: "text", style: theme.dimmed, meaning: "outside the actor filter"))
        return lines
    }

    /// The narrowest screen on which the help takes two columns: below it the descriptions
    /// would be cut ("change the quote's spea…"), so one column is scrolled instead.
    static let helpTwoColumnWidth = 150

    /// How the help lays out at the current size: lines per column and columns.
    func helpGeometry(count: Int) -> (rows: Int, columns: Int, perColumn: Int) {
        let rows = max(1, size.height - 3)
        let columns = count > rows && size.width >= Self.helpTwoColumnWidth ? 2 : 1
        let perColumn = (count + columns - 1) / columns
        return (rows, columns, perColumn)
    }

    /// The help's lines as drawn at the current width: in one column (below
    /// ``helpTwoColumnWidth``), a description wider than its room goes on over the next lines,
    /// under itself, instead of being cut ("next quote (next match …" at 40 columns), and so do
    /// keys too many for their column.
    func helpRows(theme: Theme) -> [HelpLine] {
        let lines = helpLines(theme: theme)
        guard size.width < Self.helpTwoColumnWidth else { return lines }
        let keysWidth = Self.helpKeysWidth(columnWidth: size.width)
        let room = max(8, size.width - keysWidth - 3)
        var rows: [HelpLine] = []
        for line in lines {
            switch line {
            case .section:
                rows.append(line)
            case .binding(let keys, let summary):
                // The keys too: "h q Enter ← ⌫" is not cut to "h q Enter ← …".
                let keyParts = Self.wrapped(keys, width: keysWidth)
                let parts = Self.wrapped(summary, width: room)
                for n in 0..<max(keyParts.count, parts.count) {
                    rows.append(
                        .binding(
                            keys: n < keyParts.count ? keyParts[n] : "",
                            summary: n < parts.count ? parts[n] : ""))
                }
            case .legend(let sample, let style, let meaning):
                for (n, part) in Self.wrapped(meaning, width: room).enumerated() {
                    rows.append(
                        n == 0
                            ? .legend(sample: sample, style: style, meaning: part)
                            : .binding(keys: "", summary: part))
                }
            }
        }
        return rows
    }

    /// `text` in lines of at most `width` columns, broken between words (a word wider than a
    /// line stays whole, to be cut when drawn).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if ColumnWidth.width(of: candidate) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines
    }

    /// The width of the keys' column of a help column `columnWidth` wide.
    static func helpKeysWidth(columnWidth: Int) -> Int { min(19, max(8, columnWidth / 3)) }

    /// The largest useful help scroll.
    var maxHelpScroll: Int {
        let count = helpRows(theme: Theme(appearance)).count
        let geometry = helpGeometry(count: count)
        return max(0, geometry.perColumn - geometry.rows)
    }

    /// Draws the help screen, in two columns when one does not fit, scrolled by `help.scroll`.
    func renderHelp(into grid: inout Grid, theme: Theme) {
        let lines = helpRows(theme: theme)
        let (rows, columns, perColumn) = helpGeometry(count: lines.count)
        let scroll = min(help.scroll, max(0, perColumn - rows))
        var title = [" Parole — keys in force"]
        if perColumn > rows {
            title += [" (\(scroll + 1)–\(min(perColumn, scroll + rows)) of \(perColumn))", " · j k scroll"]
        }
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(
            PartedLine(parts: title).fitted(width: size.width), x: 0, y: 0,
            style: theme.heading(focused: true))
        let columnWidth = size.width / columns
        let keysWidth = Self.helpKeysWidth(columnWidth: columnWidth)
        for (i, line) in lines.enumerated() {
            let column = i / perColumn
            let y = 2 + i % perColumn - scroll
            guard y >= 2, y < size.height - 1 else { continue }
            let x = column * columnWidth + 2
            switch line {
            case .section(let title):
                grid.write(
                    title, x: x - 1, y: y, style: CellStyle(bold: true, underline: true),
                    maxWidth: columnWidth - 2)
            case .binding(let keys, let summary):
                grid.write(
                    keys, x: x, y: y, style: CellStyle(bold: true), maxWidth: keysWidth, ellipsis: true)
                grid.write(
                    summary, x: x + keysWidth + 1, y: y, maxWidth: max(0, columnWidth - keysWidth - 3),
                    ellipsis: true)
            case .legend(let sample, let style, let meaning):
                grid.write(sample, x: x, y: y, style: style, maxWidth: keysWidth)
                grid.write(
                    meaning, x: x + keysWidth + 1, y: y, maxWidth: max(0, columnWidth - keysWidth - 3),
                    ellipsis: true)
            }
        }
    }
}
