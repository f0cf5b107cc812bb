import ParoleKit

extension ReaderState {
    /// Does `action` in the article list.
    mutating func performInList(_ action: ReaderAction) -> [ReaderEffect] {
        let page = max(1, size.height - 3)
        switch action {
        case .back:
            // A library search's or an actor's list goes back to the list it replaced first.
            guard let home else {
                isFinished = true
                return []
            }
            restoreHomeArticles()
            actorFilter = home.actorFilter
            foundBySearch = home.foundBySearch
            message = "Back to the articles listed before · q again quits"
        case .lineDown: return moveListSelectionReadingOn(by: 1)
        case .lineUp: moveListSelection(by: -1)
        case .pageDown, .halfPageDown: return moveListSelectionReadingOn(by: page)
        case .pageUp, .halfPageUp: moveListSelection(by: -page)
        case .top: list.selection = 0
        case .bottom:
            list.selection = max(0, visibleArticles.count - 1)
            let effects = olderArticlesAtTheEnd()
            if !effects.isEmpty || isLoadingOlderArticles { pendingListStep = Int.max }
            return effects
        case .open: return openSelected()
        case .search:
            prompt = .listFilter(LineEditor(list.query))
            let visible = visibleArticles
            articleSelectedBeforeFilter =
                visible.indices.contains(list.selection) ? visible[list.selection] : nil
        case .filterActor:
            prompt = .actorPicker(ActorPickerState())
            if isLibrary { return [.loadLibraryActors] }
        case .clearFilter: return listWithoutQuery()
        case .cancel:
            if !list.query.isEmpty { setListQuery("") } else { return listWithoutQuery() }
        case .updateFeeds:
            guard isLibrary else {
                message = "R updates the library's feeds: open the library (parole with no file)"
                return []
            }
            message = "updating feeds…"
            return [.updateFeeds]
        case .toggleRead:
            let visible = visibleArticles
            guard visible.indices.contains(list.selection) else { return [] }
            guard let id = articles[visible[list.selection]].libraryID else {
                message = "Read marks are kept for library articles only"
                return []
            }
            return [.setRead(id, !articles[visible[list.selection]].isRead)]
        case .sort:
            // The first page in this order could not be read: read it again, the order kept (the
            // rows are sorted in it already), rather than move on to the next order unread.
            if sortedPage == .failed, isLibrary, let pagedQuery {
                sortedPage = .asked
                message = "reading the matches sorted by \(list.order.rawValue) again…"
                return [.loadSortedMatches(pagedQuery, list.order)]
            }
            list.order = list.order.next
            listResorted = true
            sortArticles()
            message = "sorted by \(list.order.rawValue)"
            // A query's list holding only the first of its matches: the first of them in the new
            // order replace those rows, and its next pages follow on in that order.
            if isLibrary, let pagedQuery, let total = queryTotal, total > articles.count {
                sortedPage = .asked
                return [.loadSortedMatches(pagedQuery, list.order)]
            }
        case .openURL:
            let visible = visibleArticles
            guard visible.indices.contains(list.selection) else { return [] }
            return openURL(of: articles[visible[list.selection]])
        case .statistics: return openStatistics()
        case .nextUnread: selectUnread(forward: true)
        case .prevUnread: selectUnread(forward: false)
        default: break
        }
        return []
    }

    /// `F` (and `Esc` with no typed filter) on the list: the list a library query replaced
    /// again, without its actor filter; on a list `parole read --search` or `--actor` opened
    /// on, which replaced none, the library's newest articles (asked for), as the keys say. An
    /// actor filter narrowing a library search's list is cleared first, the search kept: as
    /// its last row says, the search then reads on.
    mutating func listWithoutQuery() -> [ReaderEffect] {
        if isLibrary, case .search = pagedQuery, actorFilter != nil {
            let visible = visibleArticles
            let selected = visible.indices.contains(list.selection) ? visible[list.selection] : nil
            clearFilter()
            list.selection = selected.flatMap { visibleArticles.firstIndex(of: $0) } ?? 0
            message = "Actor filter cleared: the search reads on · F again lists the newest"
            return []
        }
        guard isLibrary, home == nil, pagedQuery != nil || libraryQuery != nil else {
            restoreHomeArticles()
            return []
        }
        // The list stays the query's until the newest come (a failure leaves it whole, its
        // matches highlighted and its pages read on); its pages are not read meanwhile.
        isLoadingOlderArticles = true
        message = "Listing the library's newest articles…"
        return [.loadNewestArticles]
    }

    /// `n` / `N` in the list: the next (previous) unread article after (before) the selection.
    mutating func selectUnread(forward: Bool) {
        let visible = visibleArticles
        let rows =
            forward
            ? Array(visible.indices.dropFirst(list.selection + 1))
            : Array(visible.indices.prefix(max(0, list.selection)).reversed())
        guard let row = rows.first(where: { !articles[visible[$0]].isRead }) else {
            message = forward ? "No unread article below" : "No unread article above"
            return
        }
        list.selection = row
    }

    /// The next page when the selection reaches the last row listed: of the library's older
    /// articles on its own list (by date, unfiltered), of the query's articles on a list a library
    /// query chose (a search's matches, an actor's articles; ``pagedQueryInForce``): a library of
    /// thousands, or a search matching thousands, is read page by page, never loaded whole.
    mutating func olderArticlesAtTheEnd() -> [ReaderEffect] {
        let query = pagedQueryInForce
        guard listsLibraryByDate || query != nil, !isLoadingOlderArticles,
            let total = query == nil ? libraryArticleCount : queryTotal,
            total > articles.count, list.selection >= visibleArticles.count - 1
        else { return [] }
        // A page that brought nothing new is not asked for again.
        var offset = articles.count
        if let resume = olderArticlesResume, resume.listed == articles.count {
            guard let next = resume.offset else { return [] }
            offset = next
        }
        isLoadingOlderArticles = true
        olderArticlesAsked = offset
        pagingAsked = query
        let order = listResorted ? list.order : nil
        return [
            query.map { .loadMoreMatches($0, offset: offset, order: order) }
                ?? .loadOlderArticles(offset: offset)
        ]
    }

    /// The library query whose next page the list reads at its last row: the one that chose the
    /// articles listed (in its order, or in the one `S` chose, once the library's first page in
    /// it replaced the rows), while no typed filter (nor, on a search's list, an actor filter)
    /// hides some of them.
    var pagedQueryInForce: LibraryListQuery? {
        guard isLibrary, let pagedQuery, list.query.isEmpty, !awaitsSortedPage else { return nil }
        switch pagedQuery {
        case .search: return actorFilter == nil ? pagedQuery : nil
        case .actor: return pagedQuery
        }
    }

    /// How many articles the query listed matches: counted when `/` or `f` listed them, else
    /// (`parole read --search`, `--actor`) what the library said when the reader opened.
    var queryTotal: Int? {
        queryMatchCount ?? (home == nil ? libraryArticleCount : nil)
    }

    /// Whether the list is the library's own, newest first and unfiltered: the list that reads
    /// older articles page by page.
    var listsLibraryByDate: Bool {
        isLibrary && home == nil && libraryQuery == nil && actorFilter == nil && list.query.isEmpty
            && list.order == .date
    }

    /// Whether the library holds articles the list does not show and cannot read page by page
    /// (a filter, a search, another order): its full list by date reads them.
    var moreArticlesOutsideTheList: Bool {
        guard isLibrary, !listsLibraryByDate else { return false }
        let listed = visibleArticles.count
        return (libraryArticleCount ?? 0) > listed || (queryMatchCount ?? 0) > listed
    }

    /// Moves the list selection `step` rows down; at the last row, reads the next page and
    /// keeps the rows not moved for when it comes (``pendingListStep``).
    mutating func moveListSelectionReadingOn(by step: Int) -> [ReaderEffect] {
        let before = list.selection
        moveListSelection(by: step)
        let effects = olderArticlesAtTheEnd()
        if !effects.isEmpty || isLoadingOlderArticles, pendingListStep != Int.max {
            pendingListStep += step - (list.selection - before)
        }
        return effects
    }

    /// Moves the list selection by `step` rows, within the list.
    mutating func moveListSelection(by step: Int) {
        list.selection = min(max(0, list.selection + step), max(0, visibleArticles.count - 1))
    }

    /// Selects again the article selected when `/` opened on the list (`Esc` on the line, or the
    /// library searched), when it is listed.
    mutating func selectArticleSelectedBeforeFilter() {
        guard let index = articleSelectedBeforeFilter, let row = visibleArticles.firstIndex(of: index) else {
            return
        }
        list.selection = row
    }

    /// Filters the list by `query`, keeping the selected article selected when it stays listed.
    mutating func setListQuery(_ query: String) {
        let visible = visibleArticles
        let selected = visible.indices.contains(list.selection) ? visible[list.selection] : nil
        list.query = query
        let now = visibleArticles
        list.selection = selected.flatMap { now.firstIndex(of: $0) } ?? 0
    }

    /// A click on the list: selects the row, a second click opens it.
    mutating func clickList(y: Int) {
        let row = listTop + y - 2
        guard y >= 2, row < visibleArticles.count else { return }
        if row == list.selection { openSelected() } else { list.selection = row }
    }

    /// The first article row shown in the list.
    var listTop: Int {
        ScreenLayout.top(
            selection: list.selection, count: visibleArticles.count, rows: max(1, size.height - 3))
    }

    /// Sorts the articles by the list's order, keeping the selected article selected.
    mutating func sortArticles() {
        let visible = visibleArticles
        let selected = visible.indices.contains(list.selection) ? articles[visible[list.selection]] : nil
        let shown = articleIndex < articles.count ? articles[articleIndex] : nil
        // Titles compare folded, from their first letter or digit: a title opening with „ or «
        // sorts under its first word, as `parole list --sort title`.
        let keys = articles.map {
            list.order == .title
                ? TextFolding.fold($0.title.drop { !$0.isLetter && !$0.isNumber }).map(String.init).joined()
                : ""
        }
        let order = articles.indices.sorted { a, b in
            switch list.order {
            case .date:
                let (da, db) = (articles[a].date ?? "", articles[b].date ?? "")
                return da != db ? da > db : a < b
            case .quotes:
                // An article in a language the analysis does not support comes after the others:
                // its quotes were found by another language's rules (as `parole list --sort
                // quotes`, which does not count them).
                let (ca, cb) = (articles[a].isCountedLanguage, articles[b].isCountedLanguage)
                if ca != cb { return ca }
                let (qa, qb) = (articles[a].analysis.quotes.count, articles[b].analysis.quotes.count)
                return qa != qb ? qa > qb : a < b
            case .title:
                return keys[a] != keys[b] ? keys[a] < keys[b] : a < b
            }
        }
        articles = order.map { articles[$0] }
        if let shown, let index = articles.firstIndex(where: { $0 === shown }) { articleIndex = index }
        if let selected, let index = articles.firstIndex(where: { $0 === selected }),
            let row = visibleArticles.firstIndex(of: index)
        {
            list.selection = row
        }
    }

    /// Opens the article selected in the list; a library article is marked read.
    @discardableResult
    mutating func openSelected() -> [ReaderEffect] {
        let visible = visibleArticles
        guard visible.indices.contains(list.selection) else { return [] }
        open(article: visible[list.selection])
        var effects: [ReaderEffect] = []
        if let article, let id = article.libraryID, !article.isRead { effects.append(.setRead(id, true)) }
        if isLibrary, actorFilter != nil, article?.isAnalysed == true, let first = visibleQuotes.first {
            select(quote: first, row: 0)
        } else if let foundBySearch {
            showFirstMatch(of: foundBySearch)
        }
        return effects
    }

    /// Opens the article shown at the first place it holds what the library search `query`
    /// found, as a search of the article (`n` `N` step through it, `Esc` ends it): the first
    /// phrase between quotes or guillemets, else the words as typed, else its first word.
    public mutating func showFirstMatch(of query: String) {
        guard let article else { return }
        var terms: [String] = []
        let marks: Set<Character> = ["\"", "«", "»"]
        if let open = query.firstIndex(where: { $0 == "\"" || $0 == "«" }) {
            let phrase = query[query.index(after: open)...].prefix { $0 != "\"" && $0 != "»" }
            terms.append(phrase.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        let words = query.split(whereSeparator: { $0.isWhitespace || marks.contains($0) })
        terms.append(words.joined(separator: " "))
        if let first = words.first { terms.append(String(first)) }
        guard let term = terms.first(where: { !$0.isEmpty && !article.search($0).isEmpty }) else { return }
        runSearch(term)
    }

    /// Shows the article at `index`, from its top.
    public mutating func open(article index: Int) {
        guard articles.indices.contains(index) else { return }
        articleIndex = index
        screen = .article
        reading = ArticleScreenState()
    }
}
