import ParoleKit

extension ReaderState {
    /// Draws the status line: the prompt being typed, or where the reader stands and a hint.
    func renderStatus(into grid: inout Grid, layout: ScreenLayout, theme: Theme) {
        let y = layout.status.y
        grid.fill(x: 0, y: y, width: size.width, height: 1, style: theme.status)
        switch prompt {
        case .search(let text):
            grid.write("/" + text + "▏", x: 0, y: y, style: theme.status)
            return
        case .listFilter(let text):
            grid.write("filter: " + text + "▏", x: 0, y: y, style: theme.status)
            return
        case .actorPicker:
            grid.write(
                " type to narrow · ↑↓ choose · Enter filter · Esc cancel", x: 0, y: y, style: theme.status)
            return
        case nil:
            break
        }
        var left = ""
        switch screen {
        case .list:
            let count = visibleArticles.count
            left = " \(count == 0 ? 0 : listSelection + 1)/\(count) · Enter open · / filter · f actor"
        case .help:
            left = " help"
        case .article:
            guard let article, let textLayout else { break }
            let total = max(1, textLayout.lines.count)
            let bottom = min(total, scroll + layout.text.height)
            let percent = bottom * 100 / total
            left = " \(article.name) · \(bottom)/\(total) \(percent)%"
            let quotes = visibleQuotes
            if !article.isAnalysed {
                left += " · analysing…"
            } else if let currentQuote, let position = quotes.firstIndex(of: currentQuote) {
                left += " · quote \(position + 1)/\(quotes.count)"
            } else {
                left += " · \(quotes.count) quotes"
            }
            if let actorFilter { left += " · filter: \(actorFilter.name)" }
            if let search { left += " · /\(search.query) \(search.current + 1)/\(search.matches.count)" }
        }
        if let message { left = " " + message }
        let right = "? help  q " + (screen == .article && articles.count > 1 ? "back " : "quit ")
        let rightWidth = ColumnWidth.width(of: right)
        let used = grid.write(
            left, x: 0, y: y, style: CellStyle(bold: message != nil, reverse: true),
            maxWidth: max(0, size.width - rightWidth - 1))
        if used + rightWidth < size.width {
            grid.write(right, x: size.width - rightWidth, y: y, style: theme.status)
        }
    }
}
