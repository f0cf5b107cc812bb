import ParoleKit

extension ReaderState {
    /// Does `action` in the article view.
    mutating func performInArticle(_ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .back: goBack()
        case .focusNext: cycleFocus(by: 1)
        case .focusPrev: cycleFocus(by: -1)
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: scroll(by: pageHeight - 1)
        case .pageUp: scroll(by: -(pageHeight - 1))
        case .halfPageDown: scroll(by: pageHeight / 2)
        case .halfPageUp: scroll(by: -(pageHeight / 2))
        case .top: moveToEnd(top: true)
        case .bottom: moveToEnd(top: false)
        case .nextQuote: reading.search == nil ? stepQuote(by: 1) : stepMatch(by: 1)
        case .prevQuote: reading.search == nil ? stepQuote(by: -1) : stepMatch(by: -1)
        case .open: activatePanelRow()
        case .quoteDetail: openDetailOfCurrentQuote()
        case .copyQuote: return copyCurrentQuote()
        case .openURL: return article.map { openURL(of: $0) } ?? []
        case .filterActor: prompt = .actorPicker(ActorPickerState())
        case .clearFilter: clearFilter()
        case .cancel:
            if reading.search != nil { reading.search = nil } else { clearFilter() }
        case .search: prompt = .search(LineEditor())
        case .changeSpeaker: return beginSpeakerChange()
        case .notQuote: return markNotQuote()
        case .mergeActor: return beginMerge()
        case .splitActor: return splitSelectedActor()
        case .undoCorrection: return undoLastCorrection()
        case .statistics: return openStatistics()
        case .nextArticle: return stepArticle(by: 1)
        case .prevArticle: return stepArticle(by: -1)
        default: break
        }
        return []
    }

    /// `J` / `K`: opens the next (previous) article of the list as `Enter` on its row would
    /// (marked read, at the filtered actor's first quote or the library search's first match),
    /// without going back to the list; says so at either end (at the end of a filtered, searched
    /// or re-sorted library list, that the full list by date reads more), or when there is no
    /// list.
    mutating func stepArticle(by step: Int) -> [ReaderEffect] {
        let visible = visibleArticles
        guard hasList else {
            message = "One article: J and K step through a list (parole FILE… or the library)"
            return []
        }
        guard let position = visible.firstIndex(of: articleIndex) else {
            message = "This article is not in the list shown"
            return []
        }
        guard visible.indices.contains(position + step) else {
            if step > 0 {
                // The last of the library's newest articles listed: the next is the first of
                // the next page, read now and opened when it comes.
                list.selection = position
                let effects = olderArticlesAtTheEnd()
                let paged = pagedQueryInForce != nil
                if !effects.isEmpty || (isLoadingOlderArticles && (listsLibraryByDate || paged)) {
                    opensOlderArticleWhenListed = true
                    message = paged ? "Reading more articles…" : "Reading older articles…"
                    return effects
                }
                if moreArticlesOutsideTheList {
                    message = lastListedMessage
                    return []
                }
            }
            message = step > 0 ? "Last article of the list" : "First article of the list"
            return []
        }
        list.selection = position + step
        return openSelected()
    }

    /// What `J` on the last article of a list that reads no further page says: how to list the
    /// articles left out (a typed filter narrows it, an actor filter narrows a search's matches,
    /// the sorted matches could not be read, else the library's full list by date).
    var lastListedMessage: String {
        guard pagedQuery != nil, pagedQueryInForce == nil else {
            return "Last article listed: the library's full list, by date, reads more"
        }
        if !list.query.isEmpty {
            return "Last article listed: Esc clears the typed filter, then its next pages follow"
        }
        if awaitsSortedPage {
            return "Last article listed: the sorted matches were not read; S reads them again"
        }
        return "Last article listed: F clears the actor filter, then the search reads on"
    }

    /// Back to the list, or quits when there is none.
    mutating func goBack() {
        if hasList {
            screen = .list
            reading.search = nil
            if let position = visibleArticles.firstIndex(of: articleIndex) { list.selection = position }
        } else {
            isFinished = true
        }
    }

    /// Tab / Shift-Tab: moves the focus between text, Quotes and Actors.
    mutating func cycleFocus(by step: Int) {
        let all = Focus.allCases
        reading.focus = all[(all.firstIndex(of: reading.focus)! + step + all.count) % all.count]
        if reading.focus == .quotes, let current = reading.currentQuote,
            let row = visibleQuotes.firstIndex(of: current)
        {
            reading.quoteRow = row
        }
    }

    /// j/k: one line of text, or one row of the focused panel.
    mutating func move(by step: Int) {
        switch reading.focus {
        case .text: scroll(by: step)
        case .quotes:
            let count = visibleQuotes.count
            if count > 0 { reading.quoteRow = min(max(0, reading.quoteRow + step), count - 1) }
        case .actors:
            let count = panelActors.count
            if count > 0 { reading.actorRow = min(max(0, reading.actorRow + step), count - 1) }
        }
    }

    /// g/G: the top or bottom of the text or of the focused panel.
    mutating func moveToEnd(top: Bool) {
        switch reading.focus {
        case .text: reading.scroll = top ? 0 : maxScroll
        case .quotes: reading.quoteRow = top ? 0 : max(0, visibleQuotes.count - 1)
        case .actors: reading.actorRow = top ? 0 : max(0, panelActors.count - 1)
        }
    }

    /// Scrolls the text by `lines` (negative: up), within the article.
    mutating func scroll(by lines: Int) {
        reading.scroll = min(max(0, reading.scroll + lines), maxScroll)
    }

    /// Scrolls so that `span` is in view, a quarter down the page when it was not.
    mutating func reveal(_ span: Span) {
        guard let textLayout else { return }
        let first = textLayout.line(containing: span.start)
        let last = textLayout.line(containing: max(span.start, span.end - 1))
        if first >= reading.scroll && last < reading.scroll + pageHeight { return }
        reading.scroll = min(max(0, first - pageHeight / 4), maxScroll)
    }

    /// n/N without a search: the next or previous quote (the filtered actor's only).
    mutating func stepQuote(by step: Int) {
        guard let article else { return }
        guard article.isAnalysed else {
            message = Self.stillAnalysing
            return
        }
        let quotes = visibleQuotes
        guard !quotes.isEmpty else {
            message = actorFilter.map { "No quote by \($0.name)" } ?? "No quotes in this article"
            return
        }
        var position: Int
        if let current = reading.currentQuote, let index = quotes.firstIndex(of: current) {
            position = index + step
            if position >= quotes.count {
                position = 0
                message = "Last quote reached, back to the first"
            } else if position < 0 {
                position = quotes.count - 1
                message = "First quote reached, on to the last"
            }
        } else {
            let top = topOffset
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
        reading.currentQuote = quote
        reading.quoteRow = row
        reveal(article.analysis.quotes[quote].span)
    }

    /// n/N during a search: the next or previous match, wrapping around.
    mutating func stepMatch(by step: Int) {
        guard var search = reading.search, !search.matches.isEmpty else { return }
        search.current = (search.current + step + search.matches.count) % search.matches.count
        if step > 0 && search.current == 0 { message = "Search hit bottom, continuing at top" }
        if step < 0 && search.current == search.matches.count - 1 {
            message = "Search hit top, continuing at bottom"
        }
        reading.search = search
        reveal(search.matches[search.current])
    }

    /// Enter: on a quote, go to it and show its detail; on an actor, filter by it; in the
    /// text, the detail of the current quote.
    mutating func activatePanelRow() {
        switch reading.focus {
        case .text:
            openDetailOfCurrentQuote()
        case .quotes:
            let quotes = visibleQuotes
            guard quotes.indices.contains(reading.quoteRow) else { return }
            select(quote: quotes[reading.quoteRow], row: reading.quoteRow)
            openDetail(quote: quotes[reading.quoteRow])
        case .actors:
            let actors = panelActors
            guard let article, actors.indices.contains(reading.actorRow) else { return }
            let actor = article.analysis.actors[actors[reading.actorRow]]
            setFilter(ActorFilter(name: actor.name, type: actor.type))
        }
    }

    /// Filters by `filter` in the list and the article view.
    mutating func setFilter(_ filter: ActorFilter) {
        actorFilter = filter
        reading.quoteRow = 0
        list.selection = 0
        if screen == .article, let current = reading.currentQuote, !visibleQuotes.contains(current) {
            reading.currentQuote = nil
        }
        if screen == .article, visibleQuotes.isEmpty { message = "No quote by \(filter.name)" }
    }

    /// Filters by the actor named `name` (as `parole read --actor` asks): the actor of that
    /// name or alias, else the most quoted one whose name holds it ("Peskov" → "Dmitri
    /// Peskov"); on an article, steps to its first quote. `otherNames` are the names the
    /// library knows the actor by in other articles (``ActorFilter/otherNames``). `asTyped`
    /// (the name stands for several people, who share a surname) labels the filter with `name`
    /// itself rather than with the first of those people found.
    public mutating func filter(byActorNamed name: String, otherNames: [String] = [], asTyped: Bool = false) {
        var found = asTyped ? ActorFilter(name: name, type: .person) : nil
        for article in articles where found == nil {
            if let index = article.actorIndex(named: name) {
                let actor = article.analysis.actors[index]
                found = ActorFilter(name: actor.name, type: actor.type)
                break
            }
        }
        if found == nil {
            for article in articles {
                let actors = article.analysis.actors
                if let index = article.actorsByImportance.first(where: {
                    TextFolding.contains(actors[$0].name, name)
                        || actors[$0].aliases.contains { TextFolding.contains($0, name) }
                }) {
                    found = ActorFilter(name: actors[index].name, type: actors[index].type)
                    break
                }
            }
        }
        var filter = found ?? ActorFilter(name: name, type: .person)
        filter.otherNames = otherNames.filter { TextFolding.fold($0) != TextFolding.fold(filter.name) }
        actorFilter = filter
        if screen == .article, let first = visibleQuotes.first { select(quote: first, row: 0) }
    }

    /// Clears the actor filter, keeping the current quote selected in the panel.
    mutating func clearFilter() {
        guard actorFilter != nil else { return }
        actorFilter = nil
        if let current = reading.currentQuote, let row = visibleQuotes.firstIndex(of: current) {
            reading.quoteRow = row
        } else {
            reading.quoteRow = 0
        }
    }

    /// A click in the article view: selects the panel row under it.
    mutating func clickArticle(x: Int, y: Int) {
        let layout = self.layout
        for (panel, target) in [(layout.quotes, Focus.quotes), (layout.actors, Focus.actors)] {
            guard panel.contains(x: x, y: y) else { continue }
            reading.focus = target
            guard y > panel.y else { return }
            let count = target == .quotes ? visibleQuotes.count : panelActors.count
            let selection = target == .quotes ? reading.quoteRow : reading.actorRow
            let row =
                ScreenLayout.top(selection: selection, count: count, rows: ScreenLayout.rows(of: panel))
                + y - panel.y - 1
            guard row < count else { return }
            if target == .quotes {
                select(quote: visibleQuotes[row], row: row)
            } else {
                reading.actorRow = row
            }
            return
        }
        if layout.text.contains(x: x, y: y) { reading.focus = .text }
    }
}
