import ParoleKit

extension ReaderState {
    /// Draws the status line: the prompt being typed, or where the reader stands and a hint.
    /// In an article it starts with the article's date and site when known. When narrow, the
    /// name (file name, site, date) is shortened first, then the hint dropped, then the least
    /// important facts are left out whole (the line ends with "…"), so that the position and
    /// the counts always show whole. A message too long for the line goes on over the rows
    /// above it (at most a third of the screen) rather than being cut.
    func renderStatus(into grid: inout Grid, layout: ScreenLayout, theme: Theme) {
        let y = layout.status.y
        let width = size.width
        grid.fill(x: 0, y: y, width: width, height: 1, style: theme.status)
        switch prompt {
        case .search(let editor):
            grid.write("/" + editor.display(width: width - 2), x: 0, y: y, style: theme.status)
            return
        case .listFilter(let editor):
            grid.write("filter: " + editor.display(width: width - 9), x: 0, y: y, style: theme.status)
            return
        case .actorPicker(let picker):
            let enter = " Enter " + (picker.purpose == .filter ? "filter" : "choose")
            var hint = PartedLine(parts: [" type to narrow", " · ↑↓ choose", " ·" + enter, " · Esc cancel"])
            // When narrow, the keys that end the picker come first.
            if ColumnWidth.width(of: hint.parts.joined()) > width {
                hint.parts = [enter, " · Esc cancel", " · ↑↓ choose", " · type to narrow"]
            }
            grid.write(hint.fitted(width: width), x: 0, y: y, style: theme.status)
            return
        case nil:
            break
        }
        let quits = screen == .list ? home == nil : screen == .article && !hasList
        let backOrQuit = quits ? "quit " : "back "
        var right = "? help  q " + backOrQuit
        if let message {
            renderMessage(message, right: right, into: &grid, bottom: y, theme: theme)
            return
        }
        var name = ""
        var facts: [String] = []
        var languageNotice: String?
        switch screen {
        case .list:
            let count = visibleArticles.count
            facts = [
                " \(count == 0 ? 0 : list.selection + 1)/\(count)", " · Enter open", " · / filter",
                " · f actor",
            ]
        case .help:
            facts = [" help", " · any other key closes", " · j k scroll"]
        case .statistics:
            facts = [" who is quoted", " · j k scroll", " · q back"]
        case .detail:
            if let detail, let position = visibleQuotes.firstIndex(of: detail.quote) {
                // With an actor filter, also the quote's number in the article: the one
                // `parole correct --quote` takes.
                let total = article?.analysis.quotes.count ?? 0
                let number =
                    visibleQuotes.count == total ? "" : " (no. \(detail.quote + 1) of \(total))"
                facts = [
                    " quote \(position + 1)/\(visibleQuotes.count)\(number)", " · y copy", " · o open URL",
                ]
            } else {
                facts = [" quote", " · y copy", " · o open URL"]
            }
        case .article:
            guard let article, let textLayout else { break }
            let total = max(1, textLayout.lines.count)
            let bottom = min(total, reading.scroll + layout.text.height)
            let percent = bottom * 100 / total
            // The date and site first: when narrow the file name is cut first, then they are.
            name =
                " "
                + ([article.date, article.site].compactMap { $0 } + [article.name]).joined(separator: " · ")
            facts = [" · \(bottom)/\(total) \(percent)%"]
            let quotes = visibleQuotes
            if !article.isAnalysed {
                facts.append(" · analysing…")
            } else if let current = reading.currentQuote, let position = quotes.firstIndex(of: current) {
                facts.append(" · quote \(position + 1)/\(quotes.count)")
            } else {
                facts.append(" · " + Plural.count(quotes.count, "quote"))
            }
            if let search = reading.search {
                facts.append(" · /\(search.query) \(search.current + 1)/\(search.matches.count)")
            }
            if let actorFilter { facts.append(" · filter: \(actorFilter.name)") }
            // An article in a language the analysis does not support says so instead of its
            // name, in the hint's room too.
            if let notice = AnalysisLanguage.notice(for: article.language) { languageNotice = " " + notice }
        }
        let style = CellStyle(reverse: true)
        if let languageNotice {
            name = languageNotice
            right = ""
        }
        let factsWidth = ColumnWidth.width(of: facts.joined())
        var rightWidth = ColumnWidth.width(of: right)
        if factsWidth + rightWidth + 1 > width {
            right = ""
            rightWidth = 0
        }
        let nameRoom = max(0, width - rightWidth - 1 - factsWidth)
        var x = 0
        if !name.isEmpty, nameRoom >= 4 {
            x += grid.write(name, x: 0, y: y, style: style, maxWidth: nameRoom, ellipsis: true)
        } else if !name.isEmpty, let first = facts.first {
            facts[0] = " " + String(first.drop { $0 == " " || $0 == "·" })
        }
        let room = max(0, width - x - rightWidth - 1)
        x += grid.write(PartedLine(parts: facts).fitted(width: room), x: x, y: y, style: style)
        if !right.isEmpty, x + rightWidth < width {
            grid.write(right, x: width - rightWidth, y: y, style: theme.status)
        }
    }

    /// Draws `message` in bold on the status line (with the `right` hint when both fit),
    /// wrapped between words over the rows above when it is longer than the line; past a third
    /// of the screen its last row ends with "…".
    func renderMessage(_ message: String, right: String, into grid: inout Grid, bottom: Int, theme: Theme) {
        let style = CellStyle(bold: true, reverse: true)
        let width = size.width
        let rightWidth = ColumnWidth.width(of: right)
        if ColumnWidth.width(of: message) + 1 + rightWidth + 1 <= width {
            grid.write(" " + message, x: 0, y: bottom, style: style)
            grid.write(right, x: width - rightWidth, y: bottom, style: theme.status)
            return
        }
        var lines = WordWrap.lines(message, width: max(1, width - 2))
        let most = max(1, size.height / 3)
        if lines.count > most {
            lines[most - 1] = PartedLine.cut(lines[most - 1] + " " + lines[most], width: max(1, width - 2))
            lines = Array(lines.prefix(most))
        }
        let top = bottom - lines.count + 1
        for (i, line) in lines.enumerated() {
            grid.fill(x: 0, y: top + i, width: width, height: 1, style: theme.status)
            grid.write(" " + line, x: 0, y: top + i, style: style, maxWidth: width)
        }
    }
}
