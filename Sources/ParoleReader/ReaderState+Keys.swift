import ParoleKit

extension ReaderState {
    /// The state after `key`.
    public func handling(_ key: Key) -> ReaderState {
        var next = self
        next.handle(key)
        return next
    }

    /// Applies `key` (less / vim / newsboat conventions; see `KeyBindings`).
    public mutating func handle(_ key: Key) {
        message = nil
        if case .resize(let width, let height) = key {
            resize(to: TerminalSize(width: width, height: height))
            return
        }
        if prompt != nil {
            handlePrompt(key)
            return
        }
        switch screen {
        case .help:
            if key != .wheelUp && key != .wheelDown { screen = screenBeforeHelp }
        case .list:
            handleList(key)
        case .article:
            handleArticle(key)
        }
    }

    // MARK: Article view

    private mutating func handleArticle(_ key: Key) {
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

    private mutating func goBack(quitting: Bool) {
        if articles.count > 1 {
            screen = .list
            search = nil
            if let position = visibleArticles.firstIndex(of: articleIndex) { listSelection = position }
        } else if quitting {
            isFinished = true
        }
    }

    private mutating func showHelp() {
        screenBeforeHelp = screen
        screen = .help
    }

    private mutating func cycleFocus(by step: Int) {
        let all = Focus.allCases
        focus = all[(all.firstIndex(of: focus)! + step + all.count) % all.count]
        if focus == .quotes, let currentQuote, let row = visibleQuotes.firstIndex(of: currentQuote) {
            quoteRow = row
        }
    }

    /// j/k: one line of text, or one row of the focused panel.
    private mutating func move(by step: Int) {
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

    private mutating func moveToEnd(top: Bool) {
        switch focus {
        case .text: scroll = top ? 0 : maxScroll
        case .quotes: quoteRow = top ? 0 : max(0, visibleQuotes.count - 1)
        case .actors: actorRow = top ? 0 : max(0, panelActors.count - 1)
        }
    }

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
    private mutating func stepQuote(by step: Int) {
        guard let article else { return }
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
            let top = textLayout.map { Int($0.lines.isEmpty ? 0 : $0.lines[min(scroll, $0.lines.count - 1)].start) } ?? 0
            let spans = quotes.map { article.analysis.quotes[$0].span }
            if step > 0 {
                position = spans.firstIndex { $0.start >= top } ?? 0
            } else {
                position = spans.lastIndex { $0.start < top } ?? quotes.count - 1
            }
        }
        select(quote: quotes[position], row: position)
    }

    private mutating func select(quote: Int, row: Int) {
        guard let article else { return }
        currentQuote = quote
        quoteRow = row
        reveal(article.analysis.quotes[quote].span)
    }

    private mutating func stepMatch(by step: Int) {
        guard var search, !search.matches.isEmpty else { return }
        search.current = (search.current + step + search.matches.count) % search.matches.count
        if step > 0 && search.current == 0 { message = "Search hit bottom, continuing at top" }
        if step < 0 && search.current == search.matches.count - 1 { message = "Search hit top, continuing at bottom" }
        self.search = search
        reveal(search.matches[search.current])
    }

    /// Enter: on a quote, go to it; on an actor, filter by it.
    private mutating func activatePanelRow() {
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
        if screen == .article, let currentQuote, !visibleQuotes.contains(currentQuote) { self.currentQuote = nil }
        if screen == .article, visibleQuotes.isEmpty { message = "No quote by \(filter.name)" }
    }

    private mutating func clearFilter() {
        guard actorFilter != nil else { return }
        actorFilter = nil
        if let currentQuote, let row = visibleQuotes.firstIndex(of: currentQuote) { quoteRow = row } else { quoteRow = 0 }
    }

    private mutating func clickArticle(x: Int, y: Int) {
        let layout = self.layout
        for (panel, target) in [(layout.quotes, Focus.quotes), (layout.actors, Focus.actors)] {
            guard panel.contains(x: x, y: y) else { continue }
            focus = target
            guard y > panel.y else { return }
            let count = target == .quotes ? visibleQuotes.count : panelActors.count
            let selection = target == .quotes ? quoteRow : actorRow
            let row = ScreenLayout.top(selection: selection, count: count, rows: ScreenLayout.rows(of: panel))
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

    // MARK: Article list

    private mutating func handleList(_ key: Key) {
        let count = visibleArticles.count
        let page = max(1, size.height - 3)
        switch key {
        case .character("q"): isFinished = true
        case .character("?"): showHelp()
        case .character("j"), .down, .control("n"), .wheelDown: listSelection += 1
        case .character("k"), .up, .control("p"), .wheelUp: listSelection -= 1
        case .character(" "), .pageDown, .control("f"): listSelection += page
        case .character("b"), .pageUp, .control("b"): listSelection -= page
        case .character("g"), .home: listSelection = 0
        case .character("G"), .end: listSelection = count - 1
        case .enter, .character("l"), .right: openSelected()
        case .character("/"): prompt = .listFilter(listQuery)
        case .character("f"): prompt = .actorPicker(query: "", selection: 0)
        case .character("F"): actorFilter = nil
        case .escape:
            if !listQuery.isEmpty { listQuery = "" } else { actorFilter = nil }
        case .click(_, let y):
            let row = listTop + y - 2
            if y >= 2, row < count {
                if row == listSelection { openSelected() } else { listSelection = row }
            }
        default: break
        }
        listSelection = min(max(0, listSelection), max(0, visibleArticles.count - 1))
    }

    /// The first article row shown in the list.
    var listTop: Int {
        ScreenLayout.top(selection: listSelection, count: visibleArticles.count, rows: max(1, size.height - 3))
    }

    private mutating func openSelected() {
        let visible = visibleArticles
        guard visible.indices.contains(listSelection) else { return }
        open(article: visible[listSelection])
    }

    /// Shows the article at `index`, from its top.
    public mutating func open(article index: Int) {
        guard articles.indices.contains(index) else { return }
        articleIndex = index
        screen = .article
        scroll = 0
        currentQuote = nil
        focus = .text
        quoteRow = 0
        actorRow = 0
        search = nil
    }

    // MARK: Prompts

    private mutating func handlePrompt(_ key: Key) {
        guard let prompt else { return }
        switch prompt {
        case .search(let text):
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                self.prompt = nil
                runSearch(text)
            case .backspace:
                if text.isEmpty { self.prompt = nil } else { self.prompt = .search(String(text.dropLast())) }
            case .control("u"): self.prompt = .search("")
            case .character(let c): self.prompt = .search(text + String(c))
            default: break
            }
        case .listFilter(let text):
            var text = text
            switch key {
            case .escape:
                listQuery = ""
                self.prompt = nil
                return
            case .enter:
                self.prompt = nil
                return
            case .backspace: text = String(text.dropLast())
            case .control("u"): text = ""
            case .character(let c): text += String(c)
            default: return
            }
            self.prompt = .listFilter(text)
            listQuery = text
            listSelection = 0
        case .actorPicker(let query, let selection):
            let count = pickerCandidates.count
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                let candidates = pickerCandidates
                self.prompt = nil
                if candidates.indices.contains(selection) { setFilter(candidates[selection]) }
            case .down, .tab, .control("n"):
                self.prompt = .actorPicker(query: query, selection: min(selection + 1, max(0, count - 1)))
            case .up, .backTab, .control("p"):
                self.prompt = .actorPicker(query: query, selection: max(0, selection - 1))
            case .backspace: self.prompt = .actorPicker(query: String(query.dropLast()), selection: 0)
            case .control("u"): self.prompt = .actorPicker(query: "", selection: 0)
            case .character(let c): self.prompt = .actorPicker(query: query + String(c), selection: 0)
            default: break
            }
        }
    }

    private mutating func runSearch(_ query: String) {
        guard !query.isEmpty, let article, let textLayout else {
            search = nil
            return
        }
        let matches = article.search(query)
        guard !matches.isEmpty else {
            search = nil
            message = "Not found: \(query)"
            return
        }
        let top = textLayout.lines.isEmpty ? 0 : Int(textLayout.lines[min(scroll, textLayout.lines.count - 1)].start)
        let current = matches.firstIndex { $0.start >= top } ?? 0
        search = SearchState(query: query, matches: matches, current: current)
        reveal(matches[current])
    }

    // MARK: Resize

    private mutating func resize(to newSize: TerminalSize) {
        var anchor = resizeAnchor
        if !layout.isTooSmall, let textLayout, !textLayout.lines.isEmpty {
            anchor = Int(textLayout.lines[min(scroll, textLayout.lines.count - 1)].start)
        }
        size = newSize
        guard !layout.isTooSmall else {
            resizeAnchor = anchor
            return
        }
        resizeAnchor = nil
        if let anchor, let textLayout {
            scroll = min(textLayout.line(containing: anchor), maxScroll)
        } else {
            scroll = min(scroll, maxScroll)
        }
    }
}
