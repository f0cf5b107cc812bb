import ParoleKit

extension ReaderState {
    /// Applies a key in the article view.
    mutating func handleArticle(_ key: Key) {
        switch key {
        case .character("q"): goBack(quitting: true)
        case .character("h"), .left: goBack(quitting: false)
        case .character("?"): showHelp()
        case .tab: cycleFocus(by: 1)
        case .backTab: cycleFocus(by: -1)
        case .character("j"), .down, .control("n"), .control("e"): move(by: 1)
        case .character("k"), .up, .control("p"), .control("y"): move(by: -1)
        case .character(" "), .pageDown, .control("f"): scroll(by: pageHeight - 1)
        case .character("b"), .pageUp, .control("b"): scroll(by: -(pageHeight - 1))
        case .control("d"): scroll(by: pageHeight / 2)
        case .control("u"): scroll(by: -(pageHeight / 2))
        case .wheelDown: scroll(by: 3)
        case .wheelUp: scroll(by: -3)
        case .character("g"), .home: moveToEnd(top: true)
        case .character("G"), .end: moveToEnd(top: false)
        case .character("n"): search == nil ? stepQuote(by: 1) : stepMatch(by: 1)
        case .character("N"): search == nil ? stepQuote(by: -1) : stepMatch(by: -1)
        case .enter, .character("l"), .right: activatePanelRow()
        case .character("f"): prompt = .actorPicker(query: "", selection: 0)
        case .character("F"): clearFilter()
        case .escape:
            if search != nil { search = nil } else { clearFilter() }
        case .character("/"): prompt = .search("")
        case .click(let x, let y): clickArticle(x: x, y: y)
        default: break
        }
    }

    /// `q`/`h`: back to the list, or quits when there is none and `quitting` is set.
    mutating func goBack(quitting: Bool) {
        if articles.count > 1 {
            screen = .list
            search = nil
            if let position = visibleArticles.firstIndex(of: articleIndex) { listSelection = position }
        } else if quitting {
            isFinished = true
        }
    }

    /// Shows the help screen, remembering the screen to return to.
    mutating func showHelp() {
        screenBeforeHelp = screen
        screen = .help
    }

    /// Tab / Shift-Tab: moves the focus between text, Quotes and Actors.
    mutating func cycleFocus(by step: Int) {
        let all = Focus.allCases
        focus = all[(all.firstIndex(of: focus)! + step + all.count) % all.count]
        if focus == .quotes, let currentQuote, let row = visibleQuotes.firstIndex(of: currentQuote) {
            quoteRow = row
        }
    }

    /// j/k: one line of text, or one row of the focused panel.
    mutating func move(by step: Int) {
        switch focus {
        case .text: scroll(by: step)
        case .quotes:
            let count = visibleQuotes.count
            if count > 0 { quoteRow = min(max(0, quoteRow + step), count - 1) }
        case .actors:
            let count = panelActors.count
            if count > 0 { actorRow = min(max(0, actorRow + step), count - 1) }
        }
    }

    /// g/G: the top or bottom of the text or of the focused panel.
    mutating func moveToEnd(top: Bool) {
        switch focus {
        case .text: scroll = top ? 0 : maxScroll
        case .quotes: quoteRow = top ? 0 : max(0, visibleQuotes.count - 1)
        case .actors: actorRow = top ? 0 : max(0, panelActors.count - 1)
        }
    }

    /// Scrolls the text by `lines` (negative: up), within the article.
    mutating func scroll(by lines: Int) {
        scroll = min(max(0, scroll + lines), maxScroll)
    }

    /// Scrolls so that `span` is in view, a quarter down the page when it was not.
    mutating func reveal(_ span: Span) {
        guard let textLayout else { return }
        let first = textLayout.line(containing: span.start)
        let last = textLayout.line(containing: max(span.start, span.end - 1))
        if first >= scroll && last < scroll + pageHeight { return }
        scroll = min(max(0, first - pageHeight / 4), maxScroll)
    }

    /// n/N without a search: the next or previous quote (the filtered actor's only).
    mutating func stepQuote(by step: Int) {
        guard let article else { return }
        guard article.isAnalysed else {
            message = "Still analysing…"
            return
        }
        let quotes = visibleQuotes
        guard !quotes.isEmpty else {
            message = actorFilter.map { "No quote by \($0.name)" } ?? "No quotes in this article"
            return
        }
        var position: Int
        if let currentQuote, let index = quotes.firstIndex(of: currentQuote) {
            position = index + step
            if position >= quotes.count {
                position = 0
                message = "Last quote reached, back to the first"
            } else if position < 0 {
                position = quotes.count - 1
                message = "First quote reached, on to the last"
            }
        } else {
            let top =
                textLayout.map { Int($0.lines.isEmpty ? 0 : $0.lines[min(scroll, $0.lines.count - 1)].start) }
                ?? 0
            let spans = quotes.map { article.analysis.quotes[$0].span }
            if step > 0 {
                position = spans.firstIndex { $0.start >= top } ?? 0
            } else {
                position = spans.lastIndex { $0.start < top } ?? quotes.count - 1
            }
        }
        select(quote: quotes[position], row: position)
    }

    /// Makes `quote` current, selects its `row` in the Quotes panel and scrolls to it.
    mutating func select(quote: Int, row: Int) {
        guard let article else { return }
        currentQuote = quote
        quoteRow = row
        reveal(article.analysis.quotes[quote].span)
    }

    /// n/N during a search: the next or previous match, wrapping around.
    mutating func stepMatch(by step: Int) {
        guard var search, !search.matches.isEmpty else { return }
        search.current = (search.current + step + search.matches.count) % search.matches.count
        if step > 0 && search.current == 0 { message = "Search hit bottom, continuing at top" }
        if step < 0 && search.current == search.matches.count - 1 {
            message = "Search hit top, continuing at bottom"
        }
        self.search = search
        reveal(search.matches[search.current])
    }

    /// Enter: on a quote, go to it; on an actor, filter by it.
    mutating func activatePanelRow() {
        switch focus {
        case .text: break
        case .quotes:
            let quotes = visibleQuotes
            if quotes.indices.contains(quoteRow) { select(quote: quotes[quoteRow], row: quoteRow) }
        case .actors:
            let actors = panelActors
            guard let article, actors.indices.contains(actorRow) else { return }
            let actor = article.analysis.actors[actors[actorRow]]
            setFilter(ActorFilter(name: actor.name, type: actor.type))
        }
    }

    mutating func setFilter(_ filter: ActorFilter) {
        actorFilter = filter
        quoteRow = 0
        listSelection = 0
        if screen == .article, let currentQuote, !visibleQuotes.contains(currentQuote) {
            self.currentQuote = nil
        }
        if screen == .article, visibleQuotes.isEmpty { message = "No quote by \(filter.name)" }
    }

    /// Clears the actor filter, keeping the current quote selected in the panel.
    mutating func clearFilter() {
        guard actorFilter != nil else { return }
        actorFilter = nil
        if let currentQuote, let row = visibleQuotes.firstIndex(of: currentQuote) {
            quoteRow = row
        } else {
            quoteRow = 0
        }
    }

    /// A click in the article view: selects the panel row under it.
    mutating func clickArticle(x: Int, y: Int) {
        let layout = self.layout
        for (panel, target) in [(layout.quotes, Focus.quotes), (layout.actors, Focus.actors)] {
            guard panel.contains(x: x, y: y) else { continue }
            focus = target
            guard y > panel.y else { return }
            let count = target == .quotes ? visibleQuotes.count : panelActors.count
            let selection = target == .quotes ? quoteRow : actorRow
            let row =
                ScreenLayout.top(selection: selection, count: count, rows: ScreenLayout.rows(of: panel))
                + y - panel.y - 1
            guard row < count else { return }
            if target == .quotes {
                select(quote: visibleQuotes[row], row: row)
            } else {
                actorRow = row
            }
            return
        }
        if layout.text.contains(x: x, y: y) { focus = .text }
    }
}
