import ParoleKit

extension ReaderState {
    /// Draws the article list: heading, column titles, one row per article listed.
    func renderList(into grid: inout Grid, theme: Theme) {
        let visible = visibleArticles
        // Parts of falling importance: a narrow screen leaves the last ones out, whole.
        var heading = [" Parole — \(visible.count) of \(Plural.count(articles.count, "article"))"]
        // The library search the list shows, kept in sight after the status line moves on.
        let searched = foundBySearch.map { "holding \($0)" }
        if let searched { heading.append(" · \(searched)") }
        if !list.query.isEmpty { heading.append(" · /\(list.query)") }
        if let actorFilter { heading.append(" · actor: \(actorFilter.name)") }
        if home != nil, let total = queryMatchCount, total > articles.count {
            heading += [" · the first \(articles.count) of \(total)", " (--limit N)"]
        }
        if home == nil, let total = libraryArticleCount, total > articles.count {
            heading +=
                libraryQuery.map { query in
                    [
                        " · the first \(articles.count) of \(total)" + (query == searched ? "" : " \(query)"),
                        " (--limit N)",
                    ]
                }
                ?? [" · the newest of \(total) in the library", " (--limit N)"]
        }
        // After how many match: "20 of 20 articles" alone would read as the whole search.
        let unread = articles.filter { !$0.isRead }.count
        if unread > 0 { heading.append(" · \(unread) unread") }
        if list.order != .date { heading.append(" · by \(list.order.rawValue)") }
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(
            PartedLine(parts: heading).fitted(width: size.width), x: 0, y: 0,
            style: theme.heading(focused: true))
        let columns = ListColumns(width: size.width)
        let quotesLabel = actorFilter == nil ? "quotes" : "by actor"
        grid.write(" Title", x: 0, y: 1, style: theme.faint)
        if columns.dateWidth > 0 { grid.write("date", x: columns.dateX, y: 1, style: theme.faint) }
        grid.write(
            quotesLabel.leftPadded(8) + "actors".leftPadded(8), x: columns.numbersX, y: 1, style: theme.faint)
        if columns.sourceWidth > 0 { grid.write("site", x: columns.sourceX, y: 1, style: theme.faint) }
        guard !visible.isEmpty else {
            grid.write(
                articles.isEmpty ? " No articles." : " No article matches.", x: 0, y: 2, style: theme.faint)
            return
        }
        let rows = max(1, size.height - 3)
        let top = listTop
        for row in 0..<min(rows, visible.count - top) {
            let article = articles[visible[top + row]]
            let y = 2 + row
            // Unread library articles: a dot and a bold title.
            grid.write(article.isRead ? " " : "●", x: 0, y: y, style: CellStyle(bold: true))
            grid.write(
                article.title, x: 1, y: y, style: CellStyle(bold: !article.isRead),
                maxWidth: columns.titleWidth, ellipsis: true)
            if columns.dateWidth > 0, let date = article.date {
                grid.write(
                    date, x: columns.dateX, y: y, style: theme.faint, maxWidth: columns.dateWidth,
                    ellipsis: true)
            }
            let numbers =
                article.isAnalysed
                ? String(quoteCount(in: article)).leftPadded(8)
                    + String(article.analysis.actors.count).leftPadded(8)
                : "…".leftPadded(8) + "…".leftPadded(8)
            grid.write(numbers, x: columns.numbersX, y: y)
            if columns.sourceWidth > 0 {
                // The page's site; an article read from a file shows its file name instead. An
                // article in a language the analysis does not support starts with its code ("de ·"):
                // its counts come from rules of another language.
                let place = article.site ?? article.name
                let label =
                    article.language.map { AnalysisLanguage.supports($0) ? place : "\($0) · \(place)" }
                    ?? place
                grid.write(
                    label, x: columns.sourceX, y: y, style: theme.faint, maxWidth: columns.sourceWidth,
                    ellipsis: true)
            }
            if top + row == list.selection { grid.setStyle(theme.selection, x: 0, y: y, count: size.width) }
        }
    }
}
