import ParoleKit

extension ReaderState {
    /// Draws the status line: the prompt being typed, or where the reader stands and a hint.
    /// In an article it starts with the article's date and site when known. When narrow, the
    /// name (file name, site, date) is shortened first, then the hint dropped, so that the
    /// position and the counts always show whole.
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
            grid.write(
                " type to narrow · ↑↓ choose · Enter " + (picker.purpose == .filter ? "filter" : "choose")
                    + " · Esc cancel", x: 0, y: y, style: theme.status)
            return
        case nil:
            break
        }
        var name = ""
        var facts = ""
        var languageNotice: String?
        switch screen {
        case .list:
            let count = visibleArticles.count
            facts = " \(count == 0 ? 0 : list.selection + 1)/\(count) · Enter open · / filter · f actor"
        case .help:
            facts = " help · j k scroll · any other key closes"
        case .statistics:
            facts = " who is quoted · j k scroll · q back"
        case .detail:
            if let detail, let position = visibleQuotes.firstIndex(of: detail.quote) {
                // With an actor filter, also the quote's number in the article: the one
                // `parole correct --quote` takes.
                let total = article?.analysis.quotes.count ?? 0
                let number =
                    visibleQuotes.count == total ? "" : " (no. \(detail.quote + 1) of \(total))"
                facts = " quote \(position + 1)/\(visibleQuotes.count)\(number) · y copy · o open URL"
            } else {
                facts = " quote · y copy · o open URL"
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
            facts = " · \(bottom)/\(total) \(percent)%"
            let quotes = visibleQuotes
            if !article.isAnalysed {
                facts += " · analysing…"
            } else if let current = reading.currentQuote, let position = quotes.firstIndex(of: current) {
                facts += " · quote \(position + 1)/\(quotes.count)"
            } else {
                facts += " · " + Plural.count(quotes.count, "quote")
            }
            if let actorFilter { facts += " · filter: \(actorFilter.name)" }
            if let search = reading.search {
                facts += " · /\(search.query) \(search.current + 1)/\(search.matches.count)"
            }
            // An article in a language the analysis does not support says so instead of its
            // name, in the hint's room too.
            if let notice = AnalysisLanguage.notice(for: article.language) { languageNotice = " " + notice }
        }
        let style = CellStyle(bold: message != nil, reverse: true)
        let backOrQuit = screen == .list || (screen == .article && !hasList) ? "quit " : "back "
        var right = "? help  q " + backOrQuit
        if let languageNotice {
            name = languageNotice
            right = ""
        }
        if let message {
            name = ""
            facts = " " + message
        }
        let factsWidth = ColumnWidth.width(of: facts)
        var rightWidth = ColumnWidth.width(of: right)
        if factsWidth + rightWidth + 1 > width {
            right = ""
            rightWidth = 0
        }
        let nameRoom = max(0, width - rightWidth - 1 - factsWidth)
        var x = 0
        if !name.isEmpty, nameRoom >= 4 {
            x += grid.write(name, x: 0, y: y, style: style, maxWidth: nameRoom, ellipsis: true)
        } else if !name.isEmpty {
            facts = String(facts.drop { $0 == " " || $0 == "·" })
            facts = " " + facts
        }
        x += grid.write(
            facts, x: x, y: y, style: style, maxWidth: max(0, width - x - rightWidth - 1), ellipsis: true)
        if !right.isEmpty, x + rightWidth < width {
            grid.write(right, x: width - rightWidth, y: y, style: theme.status)
        }
    }
}
