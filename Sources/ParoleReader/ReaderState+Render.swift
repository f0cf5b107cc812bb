import ParoleKit

extension ReaderState {
    /// The screen as a grid of styled cells, at the current size.
    public func render() -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        let layout = self.layout
        let theme = Theme(color: usesColor)
        if layout.isTooSmall {
            renderTooSmall(into: &grid)
            return grid
        }
        switch screen {
        case .list: renderList(into: &grid, theme: theme)
        case .article: renderArticle(into: &grid, layout: layout, theme: theme)
        case .help: renderHelp(into: &grid, theme: theme)
        }
        if case .actorPicker = prompt { renderPicker(into: &grid, theme: theme) }
        renderStatus(into: &grid, layout: layout, theme: theme)
        return grid
    }

    private func renderTooSmall(into grid: inout Grid) {
        let minimum = ScreenLayout.minimumSize
        let lines = ["Terminal too small", "\(size.width)×\(size.height), need \(minimum.width)×\(minimum.height)", "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - ColumnWidth.width(of: line)) / 2)
            grid.write(line, x: x, y: top + i, style: CellStyle(bold: i == 0))
        }
    }

    // MARK: Article view

    private func renderArticle(into grid: inout Grid, layout: ScreenLayout, theme: Theme) {
        guard let article, let textLayout else { return }
        renderText(article, textLayout, into: &grid, layout: layout, theme: theme)
        if layout.panelsBeside {
            for y in 0..<layout.text.height { grid.write("│", x: layout.text.width, y: y, style: theme.faint) }
        } else if layout.quotes.height > 0 {
            grid.write("│", x: layout.quotes.width, y: layout.quotes.y, style: theme.faint)
            for y in layout.quotes.y + 1..<layout.quotes.y + layout.quotes.height {
                grid.write("│", x: layout.quotes.width, y: y, style: theme.faint)
            }
        }
        renderQuotesPanel(article, into: &grid, panel: layout.quotes, theme: theme)
        renderActorsPanel(article, into: &grid, panel: layout.actors, theme: theme)
    }

    private func renderText(
        _ article: ArticleModel, _ textLayout: TextLayout, into grid: inout Grid, layout: ScreenLayout,
        theme: Theme
    ) {
        let lines = textLayout.lines
        let first = min(scroll, lines.count)
        let last = min(lines.count, scroll + layout.text.height)
        guard first < last else { return }
        let filtered = actorFilter != nil
        let filterActor = Int32(filteredActor ?? -2)
        let current = currentQuote.map { article.analysis.quotes[$0].span }
        let currentColor = currentQuote.map { article.quoteColors[$0] } ?? .white
        // Search matches overlapping the visible lines.
        var visibleMatches: [(span: Span, isCurrent: Bool)] = []
        if let search {
            let lowOffset = Int(lines[first].start)
            let highOffset = Int(lines[last - 1].end)
            var low = 0
            var high = search.matches.count
            while low < high {
                let mid = (low + high) / 2
                if search.matches[mid].end <= lowOffset { low = mid + 1 } else { high = mid }
            }
            var i = low
            while i < search.matches.count, search.matches[i].start < highOffset {
                visibleMatches.append((search.matches[i], i == search.current))
                i += 1
            }
        }
        let types = EntityType.allCases
        for row in 0..<(last - first) {
            let line = lines[first + row]
            let y = layout.text.y + row
            var x = layout.textX
            let limit = layout.textX + textLayout.width
            var offset = Int(line.start)
            while offset < Int(line.end) {
                defer { offset += 1 }
                let code = article.widths[offset]
                if code == ArticleModel.hidden { continue }
                let scalar = article.display[offset]
                if code == 0 {
                    if x > layout.textX {
                        let back = grid[x - 1, y].text.isEmpty && x - 2 >= layout.textX ? x - 2 : x - 1
                        grid[back, y].text.unicodeScalars.append(scalar)
                    }
                    continue
                }
                let width = Int(code)
                guard x + width <= limit else { break }
                // The style: entity, quote, current quote, speaker, filter, search.
                let entityCode = article.entityType[offset]
                let entity: EntityType? = entityCode == 0 ? nil : types[Int(entityCode) - 1]
                let quote = article.quoteAt[offset]
                var style = CellStyle.plain
                if let entity { style = theme.entity(entity) }
                if quote >= 0 { style = theme.quote(article.quoteColors[Int(quote)], entity: entity) }
                if let current, current.contains(offset) {
                    style = theme.currentQuote(currentColor, entity: entity != nil)
                }
                if article.isSpeaker[offset] { style.underline = true }
                if filtered {
                    let ownQuote = quote >= 0 && article.quoteActor[Int(quote)].map { Int32($0) } == filterActor
                    let mention = article.actorAt[offset] == filterActor
                    if mention {
                        style = theme.entity(article.analysis.actors[Int(filterActor)].type)
                        style.underline = true
                        if let current, current.contains(offset) { style = theme.currentQuote(currentColor, entity: true) }
                    } else if !ownQuote {
                        style = theme.dimmed
                    }
                }
                for match in visibleMatches where match.span.contains(offset) {
                    style = theme.match(current: match.isCurrent)
                }
                grid[x, y] = Cell(text: String(scalar), style: style)
                if width == 2 { grid[x + 1, y] = Cell(text: "", style: style) }
                x += width
            }
        }
    }

    private func renderPanelHeading(
        _ title: String, right: String = "", into grid: inout Grid, panel: Rect, focused: Bool, theme: Theme
    ) {
        grid.fill(x: panel.x, y: panel.y, width: panel.width, height: 1)
        for x in panel.x..<panel.x + panel.width { grid.write("─", x: x, y: panel.y, style: theme.faint) }
        let used = grid.write(" \(title) ", x: panel.x, y: panel.y, style: theme.heading(focused: focused),
                              maxWidth: panel.width)
        let rightWidth = ColumnWidth.width(of: right)
        if !right.isEmpty, used + rightWidth + 1 < panel.width {
            grid.write(right, x: panel.x + panel.width - rightWidth - 1, y: panel.y, style: theme.faint)
        }
    }

    private func renderQuotesPanel(_ article: ArticleModel, into grid: inout Grid, panel: Rect, theme: Theme) {
        guard panel.height > 0, panel.width > 0 else { return }
        let quotes = visibleQuotes
        let analysis = article.analysis
        var title = "Quotes"
        if let actorFilter {
            title += " \(quotes.count)/\(analysis.quotes.count) · \(actorFilter.name)"
        } else {
            title += " (\(quotes.count))"
        }
        renderPanelHeading(title, into: &grid, panel: panel, focused: focus == .quotes, theme: theme)
        let rows = ScreenLayout.rows(of: panel)
        if quotes.isEmpty {
            let note = actorFilter == nil ? "(no quotes found)" : "(no quote by this actor)"
            if rows > 0 { grid.write(note, x: panel.x + 2, y: panel.y + 1, style: theme.faint, maxWidth: panel.width - 2) }
            return
        }
        let top = ScreenLayout.top(selection: quoteRow, count: quotes.count, rows: rows)
        for row in 0..<min(rows, quotes.count - top) {
            let index = quotes[top + row]
            let quote = analysis.quotes[index]
            let y = panel.y + 1 + row
            let selected = focus == .quotes && top + row == quoteRow
            let marker = index == currentQuote ? "▶" : " "
            var x = panel.x
            let end = panel.x + panel.width
            x += grid.write(marker, x: x, y: y, style: CellStyle(bold: true), maxWidth: end - x)
            let speaker = speakerName(quote, in: analysis)
            x += grid.write(speaker, x: x, y: y, style: theme.speaker(article.quoteColors[index]),
                            maxWidth: min(end - x, max(8, panel.width / 3)))
            x += grid.write(" · \(Self.kindLabel(quote.kind)) · ", x: x, y: y, style: theme.faint, maxWidth: end - x)
            let words = quote.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            x += grid.write(words, x: x, y: y, maxWidth: end - x)
            if selected { grid.setStyle(theme.selection, x: panel.x, y: y, count: panel.width) }
        }
    }

    /// The name shown for a quote's speaker: its actor's name, the phrase, or "?".
    func speakerName(_ quote: Quote, in analysis: Analysis) -> String {
        guard let speaker = quote.speaker else { return "?" }
        if let id = speaker.actor, let actor = analysis.actor(id: id) { return actor.name }
        return speaker.text
    }

    /// A short label for a quote kind.
    static func kindLabel(_ kind: QuoteKind) -> String {
        switch kind {
        case .direct: return "direct"
        case .partial: return "partial"
        case .indirect: return "indirect"
        case .according: return "selon"
        }
    }

    private func renderActorsPanel(_ article: ArticleModel, into grid: inout Grid, panel: Rect, theme: Theme) {
        guard panel.height > 0, panel.width > 0 else { return }
        let actors = panelActors
        let analysis = article.analysis
        let statsWidth = 12
        renderPanelHeading("Actors (\(actors.count))", right: "type  q   m", into: &grid, panel: panel,
                           focused: focus == .actors, theme: theme)
        let rows = ScreenLayout.rows(of: panel)
        if actors.isEmpty {
            if rows > 0 {
                grid.write("(no actors found)", x: panel.x + 2, y: panel.y + 1, style: theme.faint, maxWidth: panel.width - 2)
            }
            return
        }
        let filterIndex = filteredActor
        let top = ScreenLayout.top(selection: actorRow, count: actors.count, rows: rows)
        for row in 0..<min(rows, actors.count - top) {
            let index = actors[top + row]
            let actor = analysis.actors[index]
            let y = panel.y + 1 + row
            let end = panel.x + panel.width
            var x = panel.x
            x += grid.write(index == filterIndex ? "●" : " ", x: x, y: y, style: CellStyle(bold: true))
            let nameStyle = actor.quotes > 0 ? theme.speaker(article.actorColors[index]) : theme.entity(actor.type)
            grid.write(actor.name, x: x, y: y, style: nameStyle, maxWidth: max(0, end - x - statsWidth - 1))
            let stats = actor.type.rawValue.padding(4) + String(actor.quotes).leftPadded(3)
                + String(actor.mentions).leftPadded(4) + " "
            if panel.width > statsWidth + 4 {
                grid.write(stats, x: end - ColumnWidth.width(of: stats), y: y, style: theme.faint)
            }
            if focus == .actors && top + row == actorRow {
                grid.setStyle(theme.selection, x: panel.x, y: y, count: panel.width)
            }
        }
    }

    // MARK: Article list

    private func renderList(into grid: inout Grid, theme: Theme) {
        let visible = visibleArticles
        var heading = " Parole — \(visible.count) of \(articles.count) articles"
        if !listQuery.isEmpty { heading += " · /\(listQuery)" }
        if let actorFilter { heading += " · actor: \(actorFilter.name)" }
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(heading, x: 0, y: 0, style: theme.heading(focused: true))
        let fileWidth = min(28, size.width / 4)
        let numbers = 16
        let titleWidth = max(8, size.width - fileWidth - numbers - 3)
        let quotesLabel = actorFilter == nil ? "quotes" : "by actor"
        grid.write(" Title", x: 0, y: 1, style: theme.faint)
        grid.write(quotesLabel.leftPadded(8) + "actors".leftPadded(8), x: titleWidth + 1, y: 1, style: theme.faint)
        grid.write("file", x: titleWidth + numbers + 2, y: 1, style: theme.faint)
        guard !visible.isEmpty else {
            grid.write(articles.isEmpty ? " No articles." : " No article matches.", x: 0, y: 2, style: theme.faint)
            return
        }
        let rows = max(1, size.height - 3)
        let top = listTop
        for row in 0..<min(rows, visible.count - top) {
            let article = articles[visible[top + row]]
            let y = 2 + row
            grid.write(" " + article.title, x: 0, y: y, maxWidth: titleWidth)
            let numbers = String(quoteCount(in: article)).leftPadded(8)
                + String(article.analysis.actors.count).leftPadded(8)
            grid.write(numbers, x: titleWidth + 1, y: y)
            grid.write(article.name, x: titleWidth + 18, y: y, style: theme.faint, maxWidth: fileWidth)
            if top + row == listSelection { grid.setStyle(theme.selection, x: 0, y: y, count: size.width) }
        }
    }

    // MARK: Help

    private func renderHelp(into grid: inout Grid, theme: Theme) {
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(" Parole — keys (any key closes this help)", x: 0, y: 0, style: theme.heading(focused: true))
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
                grid.write(entry.0, x: x - 1, y: y, style: CellStyle(bold: true, underline: true), maxWidth: columnWidth - 2)
            } else {
                grid.write(entry.0, x: x, y: y, style: CellStyle(bold: true), maxWidth: 19)
                grid.write(entry.1, x: x + 20, y: y, maxWidth: max(0, columnWidth - 22))
            }
        }
    }

    // MARK: Actor picker

    private func renderPicker(into grid: inout Grid, theme: Theme) {
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
        grid.write("└" + String(repeating: "─", count: width - 2) + "┘", x: x0, y: y0 + height - 1, style: theme.faint)
        grid.write(" Filter by actor ", x: x0 + 2, y: y0, style: CellStyle(bold: true))
        grid.write("› " + query + "▏", x: x0 + 2, y: y0 + 1, style: CellStyle(bold: true), maxWidth: width - 4)
        let rows = height - 3
        guard !candidates.isEmpty else {
            grid.write("(no actor matches)", x: x0 + 2, y: y0 + 2, style: theme.faint)
            return
        }
        let top = ScreenLayout.top(selection: selection, count: candidates.count, rows: rows)
        for row in 0..<min(rows, candidates.count - top) {
            let candidate = candidates[top + row]
            let y = y0 + 2 + row
            grid.write(candidate.name, x: x0 + 2, y: y, style: theme.entity(candidate.type), maxWidth: width - 10)
            grid.write(candidate.type.rawValue, x: x0 + width - 6, y: y, style: theme.faint)
            if top + row == selection { grid.setStyle(theme.selection, x: x0 + 1, y: y, count: width - 2) }
        }
    }

    // MARK: Status line

    private func renderStatus(into grid: inout Grid, layout: ScreenLayout, theme: Theme) {
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
            grid.write(" type to narrow · ↑↓ choose · Enter filter · Esc cancel", x: 0, y: y, style: theme.status)
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
            if let currentQuote, let position = quotes.firstIndex(of: currentQuote) {
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
        let used = grid.write(left, x: 0, y: y, style: CellStyle(bold: message != nil, reverse: true),
                              maxWidth: max(0, size.width - rightWidth - 1))
        if used + rightWidth < size.width {
            grid.write(right, x: size.width - rightWidth, y: y, style: theme.status)
        }
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string preceded by spaces up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
