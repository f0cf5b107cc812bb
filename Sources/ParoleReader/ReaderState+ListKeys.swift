import ParoleKit

extension ReaderState {
    /// Applies a key in the article list.
    mutating func handleList(_ key: Key) {
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
        case .character("f"):
            if let library { libraryActors = library.actors() }
            prompt = .actorPicker(query: "", selection: 0)
        case .character("F"): restoreHomeArticles()
        case .escape:
            if !listQuery.isEmpty { listQuery = "" } else { restoreHomeArticles() }
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
        ScreenLayout.top(
            selection: listSelection, count: visibleArticles.count, rows: max(1, size.height - 3))
    }

    /// Opens the article selected in the list.
    mutating func openSelected() {
        let visible = visibleArticles
        guard visible.indices.contains(listSelection) else { return }
        open(article: visible[listSelection])
        if library != nil, actorFilter != nil, article?.isAnalysed == true, let first = visibleQuotes.first {
            select(quote: first, row: 0)
        }
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
}
