import ParoleKit

extension ReaderState {
    /// Draws the actor picker over the screen: what was typed and the matching actors.
    func renderPicker(into grid: inout Grid, theme: Theme) {
        guard case .actorPicker(let picker) = prompt else { return }
        let selection = picker.selection
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
        let title: String
        switch picker.purpose {
        case .filter: title = " Filter by actor "
        case .speaker: title = " Who said it? (an actor, or type a new name) "
        case .merge(let actor): title = " Merge \(actor) into "
        }
        grid.write(title, x: x0 + 2, y: y0, style: CellStyle(bold: true), maxWidth: width - 4, ellipsis: true)
        grid.write(
            "› " + picker.editor.display(width: width - 6), x: x0 + 2, y: y0 + 1,
            style: CellStyle(bold: true), maxWidth: width - 4)
        let rows = height - 3
        guard !candidates.isEmpty else {
            let note =
                isLibrary && screen == .list && libraryActors.isEmpty
                ? "(no actors in the library)" : "(no actor matches)"
            grid.write(note, x: x0 + 2, y: y0 + 2, style: theme.faint)
            return
        }
        let top = ScreenLayout.top(selection: selection, count: candidates.count, rows: rows)
        for row in 0..<min(rows, candidates.count - top) {
            let candidate = candidates[top + row]
            let y = y0 + 2 + row
            // In library mode, each actor's quotes across the library, before its type.
            let libraryEntry =
                isLibrary && screen == .list ? libraryActors.first(where: { $0.name == candidate.name }) : nil
            let libraryQuotes = libraryEntry?.quotes
            grid.write(
                candidate.name, x: x0 + 2, y: y, style: theme.entity(candidate.type),
                maxWidth: width - (libraryQuotes == nil ? 10 : 15), ellipsis: true)
            if let libraryQuotes {
                grid.write(String(libraryQuotes).leftPadded(5), x: x0 + width - 12, y: y, style: theme.faint)
            }
            // The type as the Actors panel shows it ("anon", "doc", "gov"): from the article's
            // actor in an article, the library's (the kind of most of its appearances) on a
            // library's list, the first article's naming it on a list of files.
            let inArticle = screen == .list ? nil : article?.actorIndex(named: candidate.name)
            let type =
                if let inArticle, let article {
                    ActorTypeColumn.text(for: article.analysis.actors[inArticle])
                } else if let libraryEntry {
                    ActorTypeColumn.text(kind: libraryEntry.kind, type: libraryEntry.type)
                } else if screen == .list,
                    let actor = articles.lazy.compactMap({ model in
                        model.actorIndex(named: candidate.name).map { model.analysis.actors[$0] }
                    }).first
                {
                    ActorTypeColumn.text(for: actor)
                } else {
                    candidate.type.rawValue
                }
            let isNewName = picker.purpose != .filter && screen != .list && inArticle == nil
            grid.write(isNewName ? "new" : type, x: x0 + width - 6, y: y, style: theme.faint)
            if top + row == selection { grid.setStyle(theme.selection, x: x0 + 1, y: y, count: width - 2) }
        }
    }
}
