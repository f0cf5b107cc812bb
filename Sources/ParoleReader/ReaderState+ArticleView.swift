import ParoleKit

extension ReaderState {
    /// Draws the article view: wrapped text, separators, Quotes and Actors panels.
    func renderArticle(into grid: inout Grid, layout: ScreenLayout, theme: Theme) {
        guard let article, let textLayout else { return }
        renderText(article, textLayout, into: &grid, layout: layout, theme: theme)
        if layout.panelsBeside {
            for y in 0..<layout.text.height {
                grid.write("│", x: layout.text.width, y: y, style: theme.faint)
            }
        } else if layout.quotes.height > 0 {
            grid.write("│", x: layout.quotes.width, y: layout.quotes.y, style: theme.faint)
            for y in layout.quotes.y + 1..<layout.quotes.y + layout.quotes.height {
                grid.write("│", x: layout.quotes.width, y: y, style: theme.faint)
            }
        }
        renderQuotesPanel(article, into: &grid, panel: layout.quotes, theme: theme)
        renderActorsPanel(article, into: &grid, panel: layout.actors, theme: theme)
    }

    /// Draws the visible lines of text, each scalar styled by entity, quote, speaker, filter and search.
    func renderText(
        _ article: ArticleModel, _ textLayout: TextLayout, into grid: inout Grid, layout: ScreenLayout,
        theme: Theme
    ) {
        let lines = textLayout.lines
        let first = min(reading.scroll, lines.count)
        let last = min(lines.count, reading.scroll + layout.text.height)
        guard first < last else { return }
        let filtered = actorFilter != nil
        let filterActor = Int32(filteredActor ?? -2)
        let current = reading.currentQuote.map { article.analysis.quotes[$0].span }
        let currentSlot = reading.currentQuote.map { article.quoteSlots[$0] } ?? -1
        // Search matches overlapping the visible lines.
        var visibleMatches: [(span: Span, isCurrent: Bool)] = []
        if let search = reading.search {
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
            let inHeading = line.paragraph >= 0 && article.paragraphHeadings[Int(line.paragraph)] != nil
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
                if quote >= 0 { style = theme.quote(slot: article.quoteSlots[Int(quote)], entity: entity) }
                if let current, current.contains(offset) {
                    style = theme.currentQuote(slot: currentSlot, entity: entity != nil)
                }
                if article.isSpeaker[offset] { style.underline = true }
                if filtered {
                    let ownQuote =
                        quote >= 0 && article.quoteActor[Int(quote)].map { Int32($0) } == filterActor
                    let mention = article.actorAt[offset] == filterActor
                    if mention {
                        style = theme.entity(article.analysis.actors[Int(filterActor)].type)
                        style.underline = true
                        if let current, current.contains(offset) {
                            style = theme.currentQuote(slot: currentSlot, entity: true)
                        }
                    } else if !ownQuote {
                        style = theme.dimmed
                    }
                }
                for match in visibleMatches where match.span.contains(offset) {
                    style = theme.match(current: match.isCurrent)
                }
                if inHeading { style = theme.inHeading(style) }
                grid[x, y] = Cell(text: String(scalar), style: style)
                if width == 2 { grid[x + 1, y] = Cell(text: "", style: style) }
                x += width
            }
        }
    }

    /// Draws a panel's heading row: its title (reversed when focused) and a rule.
    func renderPanelHeading(
        _ title: String, right: String = "", into grid: inout Grid, panel: Rect, focused: Bool, theme: Theme
    ) {
        grid.fill(x: panel.x, y: panel.y, width: panel.width, height: 1)
        for x in panel.x..<panel.x + panel.width { grid.write("─", x: x, y: panel.y, style: theme.faint) }
        let used = grid.write(
            " \(title) ", x: panel.x, y: panel.y, style: theme.heading(focused: focused),
            maxWidth: panel.width, ellipsis: true)
        let rightWidth = ColumnWidth.width(of: right)
        if !right.isEmpty, used + rightWidth + 1 < panel.width {
            grid.write(right, x: panel.x + panel.width - rightWidth, y: panel.y, style: theme.faint)
        }
    }

    /// Draws the Quotes panel: marker, speaker, kind and first words of each quote listed.
    func renderQuotesPanel(_ article: ArticleModel, into grid: inout Grid, panel: Rect, theme: Theme) {
        guard panel.height > 0, panel.width > 0 else { return }
        let quotes = visibleQuotes
        let analysis = article.analysis
        var title = "Quotes"
        if let actorFilter {
            title += " \(quotes.count)/\(analysis.quotes.count) · \(actorFilter.name)"
        } else {
            title += " (\(quotes.count))"
        }
        renderPanelHeading(title, into: &grid, panel: panel, focused: reading.focus == .quotes, theme: theme)
        let rows = ScreenLayout.rows(of: panel)
        if quotes.isEmpty {
            let note =
                !article.isAnalysed
                ? "analysing…" : actorFilter == nil ? "(no quotes found)" : "(no quote by this actor)"
            if rows > 0 {
                grid.write(
                    note, x: panel.x + 2, y: panel.y + 1, style: theme.faint, maxWidth: panel.width - 2)
            }
            return
        }
        let top = ScreenLayout.top(selection: reading.quoteRow, count: quotes.count, rows: rows)
        let languageWords = WordLists.of(languageCode: analysis.lang)
        // One speaker column for the rows shown: as wide as their longest name needs, up to a
        // share of the panel (at most 28 columns); the rest, however wide, goes to the words.
        var longest = 0
        for row in 0..<min(rows, quotes.count - top) {
            longest = max(
                longest, ColumnWidth.width(of: speakerName(analysis.quotes[quotes[top + row]], in: analysis)))
        }
        let speakerColumn = min(longest + 1, max(8, min(28, panel.width * 2 / 5)))
        for row in 0..<min(rows, quotes.count - top) {
            let index = quotes[top + row]
            let quote = analysis.quotes[index]
            let y = panel.y + 1 + row
            let selected = reading.focus == .quotes && top + row == reading.quoteRow
            let marker = index == reading.currentQuote ? "▶" : " "
            var x = panel.x
            let end = panel.x + panel.width
            x += grid.write(marker, x: x, y: y, style: CellStyle(bold: true), maxWidth: end - x)
            let speaker = speakerName(quote, in: analysis)
            let speakerWidth = min(end - x, speakerColumn)
            grid.write(
                speaker, x: x, y: y, style: theme.speaker(slot: article.quoteSlots[index]),
                maxWidth: speakerWidth, ellipsis: true)
            x += speakerWidth
            x += grid.write(
                " " + Self.kindLabel(quote.kind, words: languageWords).padding(6), x: x, y: y,
                style: theme.faint,
                maxWidth: max(0, end - x))
            let words = quote.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            x += grid.write(words, x: x, y: y, maxWidth: end - x, ellipsis: true)
            if selected { grid.setStyle(theme.selection, x: panel.x, y: y, count: panel.width) }
        }
    }

    /// The name shown for a quote's speaker: its actor's name, the phrase, or "?".
    func speakerName(_ quote: Quote, in analysis: Analysis) -> String {
        guard let speaker = quote.speaker else { return "?" }
        if let id = speaker.actor, let actor = analysis.actor(id: id) { return actor.name }
        return speaker.text
    }

    /// A short label for a quote kind; an according quote is labelled with its language's word
    /// for it (`[according-label]` of its word lists, "selon" in French), else "acc".
    static func kindLabel(_ kind: QuoteKind, words: WordLists) -> String {
        switch kind {
        case .direct: return "dir"
        case .partial: return "part"
        case .indirect: return "ind"
        case .according: return words.words("according-label").first ?? "acc"
        }
    }

    /// Draws the Actors panel: name, type, quotes and mentions of each actor.
    func renderActorsPanel(_ article: ArticleModel, into grid: inout Grid, panel: Rect, theme: Theme) {
        guard panel.height > 0, panel.width > 0 else { return }
        let actors = panelActors
        let analysis = article.analysis
        let columns = ActorStatsColumns(
            panelWidth: panel.width, largestQuotes: analysis.actors.map(\.quotes).max() ?? 0,
            largestMentions: analysis.actors.map(\.mentions).max() ?? 0)
        let statsWidth = columns.width
        renderPanelHeading(
            "Actors (\(actors.count))", right: columns.heading, into: &grid, panel: panel,
            focused: reading.focus == .actors, theme: theme)
        let rows = ScreenLayout.rows(of: panel)
        if actors.isEmpty {
            if rows > 0 {
                grid.write(
                    "(no actors found)", x: panel.x + 2, y: panel.y + 1, style: theme.faint,
                    maxWidth: panel.width - 2)
            }
            return
        }
        let filterIndex = filteredActor
        let top = ScreenLayout.top(selection: reading.actorRow, count: actors.count, rows: rows)
        for row in 0..<min(rows, actors.count - top) {
            let index = actors[top + row]
            let actor = analysis.actors[index]
            let y = panel.y + 1 + row
            let end = panel.x + panel.width
            var x = panel.x
            x += grid.write(index == filterIndex ? "●" : " ", x: x, y: y, style: CellStyle(bold: true))
            let nameStyle =
                article.actorSlots[index] >= 0
                ? theme.speaker(slot: article.actorSlots[index]) : theme.entity(actor.type)
            grid.write(
                actor.name, x: x, y: y, style: nameStyle, maxWidth: max(0, end - x - statsWidth - 1),
                ellipsis: true)
            let stats = columns.text(for: actor)
            if !stats.isEmpty {
                grid.write(stats, x: end - ColumnWidth.width(of: stats), y: y, style: theme.faint)
            }
            if reading.focus == .actors && top + row == reading.actorRow {
                grid.setStyle(theme.selection, x: panel.x, y: y, count: panel.width)
            }
        }
    }
}
