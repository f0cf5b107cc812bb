import ParoleKit

extension ReaderState {
    /// Draws the help screen from `KeyBindings`, in two columns when one does not fit.
    func renderHelp(into grid: inout Grid, theme: Theme) {
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(
            " Parole — keys (any key closes this help)", x: 0, y: 0, style: theme.heading(focused: true))
        var entries: [(String, String, Bool)] = []
        for section in KeyBindings.sections {
            entries.append((section.title, "", true))
            for binding in section.bindings { entries.append((binding.keys, binding.action, false)) }
        }
        let rows = max(1, size.height - 3)
        let columns = entries.count > rows && size.width >= 80 ? 2 : 1
        let columnWidth = size.width / columns
        let perColumn = (entries.count + columns - 1) / columns
        for (i, entry) in entries.enumerated() {
            let column = i / perColumn
            let y = 2 + i % perColumn
            guard y < size.height - 1 else { continue }
            let x = column * columnWidth + 2
            if entry.2 {
                grid.write(
                    entry.0, x: x - 1, y: y, style: CellStyle(bold: true, underline: true),
                    maxWidth: columnWidth - 2)
            } else {
                grid.write(entry.0, x: x, y: y, style: CellStyle(bold: true), maxWidth: 19)
                grid.write(entry.1, x: x + 20, y: y, maxWidth: max(0, columnWidth - 22))
            }
        }
    }
    /// Draws the actor picker over the screen: what was typed and the matching actors.
    func renderPicker(into grid: inout Grid, theme: Theme) {
        guard case .actorPicker(let query, let selection) = prompt else { return }
        let candidates = pickerCandidates
        let width = min(56, size.width - 4)
        let height = min(max(6, candidates.count + 4), size.height - 3)
        let x0 = (size.width - width) / 2
        let y0 = max(0, (size.height - 1 - height) / 2)
        grid.fill(x: x0, y: y0, width: width, height: height)
        grid.write("┌" + String(repeating: "─", count: width - 2) + "┐", x: x0, y: y0, style: theme.faint)
        for y in y0 + 1..<y0 + height - 1 {
            grid.write("│", x: x0, y: y, style: theme.faint)
            grid.write("│", x: x0 + width - 1, y: y, style: theme.faint)
        }
        grid.write(
            "└" + String(repeating: "─", count: width - 2) + "┘", x: x0, y: y0 + height - 1,
            style: theme.faint)
        grid.write(" Filter by actor ", x: x0 + 2, y: y0, style: CellStyle(bold: true))
        grid.write(
            "› " + query + "▏", x: x0 + 2, y: y0 + 1, style: CellStyle(bold: true), maxWidth: width - 4)
        let rows = height - 3
        guard !candidates.isEmpty else {
            grid.write("(no actor matches)", x: x0 + 2, y: y0 + 2, style: theme.faint)
            return
        }
        let top = ScreenLayout.top(selection: selection, count: candidates.count, rows: rows)
        for row in 0..<min(rows, candidates.count - top) {
            let candidate = candidates[top + row]
            let y = y0 + 2 + row
            // In library mode, each actor's quotes across the library, before its type.
            let libraryQuotes =
                library != nil && screen == .list
                ? libraryActors.first(where: { $0.name == candidate.name })?.quotes : nil
            grid.write(
                candidate.name, x: x0 + 2, y: y, style: theme.entity(candidate.type),
                maxWidth: width - (libraryQuotes == nil ? 10 : 15))
            if let libraryQuotes {
                grid.write(String(libraryQuotes).leftPadded(5), x: x0 + width - 12, y: y, style: theme.faint)
            }
            grid.write(candidate.type.rawValue, x: x0 + width - 6, y: y, style: theme.faint)
            if top + row == selection { grid.setStyle(theme.selection, x: x0 + 1, y: y, count: width - 2) }
        }
    }
}
