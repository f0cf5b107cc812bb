import ParoleKit

/// Everything the reader shows, as a value: a key gives a new state and the effects to run
/// (`handle(_:)`), what came of an effect comes back through `receive(_:)`, and rendering gives
/// a grid of cells (`render()`). No I/O.
///
/// Each screen keeps its own state (`list`, `reading`, `detail`, `help`, `prompt`); what they
/// share is the articles, the actor filter, the size, the keymaps and the status message.
public struct ReaderState {
    /// The articles listed (or the one shown).
    public internal(set) var articles: [ArticleModel]
    /// The terminal size.
    public internal(set) var size: TerminalSize
    /// Colours, theme and the config file's colour changes.
    public var appearance: Appearance
    /// The keys of each screen.
    public var keymaps: Keymaps
    /// The screen shown.
    public internal(set) var screen: Screen
    /// The article list's state.
    public internal(set) var list = ListScreenState()
    /// The article view's state.
    public internal(set) var reading = ArticleScreenState()
    /// The quote detail's state, while it is shown.
    public internal(set) var detail: QuoteDetailState?
    /// The help screen's state.
    public internal(set) var help = HelpScreenState()
    /// The statistics screen's state, while it is shown.
    public internal(set) var statistics: StatisticsScreenState?
    /// The line being typed, if any.
    public internal(set) var prompt: Prompt?
    /// The index of the article shown or last opened.
    public internal(set) var articleIndex: Int = 0
    /// The actor filter, if any (it applies to the list and to the article view).
    public internal(set) var actorFilter: ActorFilter?
    /// A one-off message for the status line.
    public internal(set) var message: String?
    /// A count typed before a key, as in less and vim: `5j` five lines down, `3n` the third
    /// quote on, `12g` line 12.
    public internal(set) var count: Int?
    /// Whether the user asked to quit.
    public internal(set) var isFinished = false
    /// Whether the articles come from a library: `/` and `f` on the list then ask the whole
    /// library (through effects) instead of the articles loaded.
    public var isLibrary = false
    /// Whether there is a list to go back to from an article (else `q` quits).
    var hasList: Bool
    /// The library's actors, fetched when the picker opens on the list in library mode.
    var libraryActors: [LibraryActorEntry] = []
    /// How many articles the library holds, when the list shows only its newest: the heading
    /// says so, so that "100 of 100" is not taken for the whole library.
    public var libraryArticleCount: Int?
    /// What the articles listed were chosen by, when a query chose them ("naming Sylvie
    /// Moreau", "holding gouvernement"): with ``libraryArticleCount`` then the number of
    /// articles matching, the heading says the list shows only the first of them.
    public var libraryQuery: String?
    /// The library query the articles listed were read from (`/` `Enter` or `f` on the library's
    /// list, `parole read --search` or `--actor`): reaching the last row reads its next page.
    public var pagedQuery: LibraryListQuery?
    /// Whether `S` sorted the articles a query listed: their order is no longer the query's, and
    /// its next pages are read in the list's order (``ReaderEffect/loadMoreMatches(_:offset:order:)``).
    var listResorted = false
    /// Where the library's first page of the query's matches in the list's new order stands
    /// (``ReaderEffect/loadSortedMatches(_:_:)``), once `S` sorted the rows a query listed here.
    var sortedPage = SortedPage.none
    /// Whether the rows a query listed were sorted here while the library's first page in the
    /// list's new order has not replaced them (asked for, or failed): they are the first of the
    /// query's matches in another order, no next page follows on from them until that page
    /// replaces them.
    var awaitsSortedPage: Bool { sortedPage != .none }
    /// The query the page asked for last was read from; nil for the library's older articles.
    var pagingAsked: LibraryListQuery?
    /// Whether the next page of the library's older articles was asked for and has not come yet.
    var isLoadingOlderArticles = false
    /// The offset the page of older articles asked for last was read from.
    var olderArticlesAsked = 0
    /// Where to read the next page of older articles when the last one brought no article not
    /// listed already, while `listed` articles are listed: past that page (`offset`), or nowhere
    /// (nil: the library has no more).
    var olderArticlesResume: (listed: Int, offset: Int?)?
    /// Whether `J` on the last article listed asked for the next page of older articles: the
    /// first of them opens when it comes, as if it had been listed already, unless a key
    /// pressed since moved on (any key clears it; ``handle(_:)``).
    var opensOlderArticleWhenListed = false
    /// The rows `j`, `Space` or `G` at the list's last row could not move while the next page
    /// was read (`Int.max`: to the end): made when the page comes, unless a key pressed since
    /// moved on, as less's and newsboat's moves reach the rows they read.
    var pendingListStep = 0
    /// The article (its index) selected when `/` opened on the list, selected again when the
    /// typed filter is given up: as less and vim go back where a search started.
    var articleSelectedBeforeFilter: Int?
    /// The last text searched for: `/` then `Enter` on an empty line searches it again, in
    /// this article or another, as in less and vim.
    var lastSearch: String?
    /// The library search the articles listed were found by (`/` `Enter` on the list, `parole
    /// read --search`): an article opened from them opens at its first match, highlighted.
    public var foundBySearch: String?
    /// The list first shown, kept whole while a library query's results replace it.
    var home: HomeList?
    /// How many articles of the library the query listed now matches, when it lists only the
    /// first of them: the heading says so.
    var queryMatchCount: Int?

    /// Creates a reader on `articles`: the list when there are several, else the article.
    public init(
        articles: [ArticleModel], size: TerminalSize, usesColor: Bool = true, isLibrary: Bool = false
    ) {
        self.articles = articles
        self.size = size
        appearance = Appearance(depth: usesColor ? .full : .none)
        keymaps = Keymaps()
        self.isLibrary = isLibrary
        hasList = articles.count > 1 || isLibrary
        screen = articles.count == 1 ? .article : .list
    }

    /// Whether colours are drawn (else bold, underline, reverse and dim only).
    public var usesColor: Bool {
        get { appearance.depth != .none }
        set { appearance.depth = newValue ? (appearance.depth == .none ? .full : appearance.depth) : .none }
    }

    /// Puts `model` in place of the article at `index` (its analysis arrived), keeping the
    /// reading position when it is the article shown.
    public mutating func replaceArticle(at index: Int, with model: ArticleModel) {
        guard articles.indices.contains(index) else { return }
        var anchor: Int?
        if index == articleIndex, !layout.isTooSmall, let lines = textLayout?.lines, !lines.isEmpty {
            anchor = Int(lines[min(reading.scroll, lines.count - 1)].start)
        }
        articles[index] = model
        if let anchor, let textLayout { reading.scroll = min(textLayout.line(containing: anchor), maxScroll) }
        // The analysis a key was refused for has come: the refusal no longer holds.
        if index == articleIndex, model.isAnalysed, message == Self.stillAnalysing { message = nil }
    }

    /// What a key that needs the analysis says while it is not in yet.
    static let stillAnalysing = "Still analysing…"
    /// The word lists the actor picker reads honorifics and role words from (``ActorNameQuery``).
    static let nameWords = WordLists.of(languageCode: "")

    /// Lists `models` in place of the articles (a library query's results), from the top.
    mutating func replaceArticles(with models: [ArticleModel]) {
        if home == nil {
            home = HomeList(
                articles: articles, pagedQuery: pagedQuery, actorFilter: actorFilter,
                foundBySearch: foundBySearch, selection: list.selection, order: list.order,
                resorted: listResorted, sortedPage: sortedPage)
        }
        foundBySearch = nil
        pagedQuery = nil
        listResorted = false
        sortedPage = .none
        olderArticlesResume = nil
        articles = models
        articleIndex = 0
        list = ListScreenState()
        hasList = true
    }

    /// Lists the articles first listed again after a library query, and clears the actor filter.
    mutating func restoreHomeArticles() {
        actorFilter = nil
        foundBySearch = nil
        guard let home else { return }
        articles = home.articles
        self.home = nil
        pagedQuery = home.pagedQuery
        olderArticlesResume = nil
        queryMatchCount = nil
        articleIndex = 0
        list.order = home.order
        listResorted = home.resorted
        sortedPage = home.sortedPage
        list.selection = 0
        moveListSelection(by: home.selection)
    }

    // MARK: The article view's state, for callers and tests

    /// The first text line shown.
    public var scroll: Int { reading.scroll }
    /// The index (in the analysis) of the quote emphasised, if any.
    public var currentQuote: Int? { reading.currentQuote }
    /// What movement keys act on in the article view.
    public var focus: Focus { reading.focus }
    /// The current search, if any.
    public var search: SearchState? { reading.search }

    // MARK: Derived values

    /// Where things go at the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size) }

    /// The article shown or last opened.
    public var article: ArticleModel? {
        articles.indices.contains(articleIndex) ? articles[articleIndex] : nil
    }

    /// The article text wrapped to the current width.
    public var textLayout: TextLayout? { article?.layout(width: layout.wrapWidth) }

    /// Rows of text shown at once.
    var pageHeight: Int { max(1, layout.text.height) }

    /// The largest useful scroll position.
    var maxScroll: Int { max(0, (textLayout?.lines.count ?? 0) - pageHeight) }

    /// The text offset of the first line shown.
    var topOffset: Int {
        guard let lines = textLayout?.lines, !lines.isEmpty else { return 0 }
        return Int(lines[min(reading.scroll, lines.count - 1)].start)
    }

    /// The filtered actor's index in the current article, if the filter names one there.
    public var filteredActor: Int? {
        guard let actorFilter, let article else { return nil }
        return article.actorIndex(matching: actorFilter)
    }

    /// The quotes listed and stepped through: the filtered actor's, or all.
    public var visibleQuotes: [Int] {
        guard let article else { return [] }
        if actorFilter != nil {
            guard let actor = filteredActor else { return [] }
            return article.quoteIndexes(actor: actor)
        }
        return article.quoteIndexes(actor: nil)
    }

    /// The actors in the panel: most quoted first, then most mentioned, then first mentioned.
    public var panelActors: [Int] { article?.actorsByImportance ?? [] }

    /// The articles listed: those matching the list query and, with a filter, naming the actor.
    public var visibleArticles: [Int] {
        articles.indices.filter { index in
            let article = articles[index]
            if let actorFilter, article.actorIndex(matching: actorFilter) == nil { return false }
            return list.query.isEmpty || article.matches(list.query)
        }
    }

    /// The actors the picker offers for what was typed: the article's in the article view,
    /// every article's (one per name) in the list, the library's on a library's list.
    public var pickerCandidates: [ActorFilter] {
        guard case .actorPicker(let picker) = prompt else { return [] }
        let query = picker.editor.text
        let nameQuery = ActorNameQuery(query, words: Self.nameWords)
        if isLibrary, screen == .list {
            return libraryActors.filter { nameQuery.matches(folded: $0.foldedName) }
                .map { ActorFilter(name: $0.name, type: $0.type) }
        }
        // Where each folded name is in `out` (nil: seen, but not matching the query).
        var seen: [[Unicode.Scalar]: Int?] = [:]
        var out: [(filter: ActorFilter, quotes: Int, mentions: Int)] = []
        let sources = screen == .list ? articles : (article.map { [$0] } ?? [])
        for article in sources {
            for actor in article.analysis.actors {
                let key = TextFolding.fold(actor.name)
                if let index = seen[key] {
                    if let i = index {
                        out[i].quotes += actor.quotes
                        out[i].mentions += actor.mentions
                    }
                    continue
                }
                guard
                    nameQuery.matches(actor.name) || actor.aliases.contains(where: nameQuery.matches)
                else {
                    seen[key] = .some(nil)
                    continue
                }
                seen[key] = out.count
                out.append((ActorFilter(name: actor.name, type: actor.type), actor.quotes, actor.mentions))
            }
        }
        let foldedQuery = TextFolding.fold(query)
        if case .merge(let merged) = picker.purpose {
            out.removeAll { TextFolding.fold($0.filter.name) == TextFolding.fold(merged) }
        }
        let sorted = out.enumerated().sorted { a, b in
            let aPrefix = TextFolding.fold(a.element.filter.name).starts(with: foldedQuery)
            let bPrefix = TextFolding.fold(b.element.filter.name).starts(with: foldedQuery)
            if aPrefix != bPrefix { return aPrefix }
            if a.element.quotes != b.element.quotes { return a.element.quotes > b.element.quotes }
            if a.element.mentions != b.element.mentions { return a.element.mentions > b.element.mentions }
            return a.offset < b.offset
        }.map(\.element.filter)
        // A quote's speaker may be someone the article does not list: the name typed.
        let typed = query.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        if case .speaker = picker.purpose, !typed.isEmpty,
            !sorted.contains(where: { TextFolding.fold($0.name) == TextFolding.fold(typed) })
        {
            return sorted + [ActorFilter(name: typed, type: .person)]
        }
        return sorted
    }

    /// The number of quotes by the filtered actor in `article`, or all its quotes.
    public func quoteCount(in article: ArticleModel) -> Int {
        guard let actorFilter else { return article.analysis.quotes.count }
        guard let actor = article.actorIndex(matching: actorFilter) else { return 0 }
        return article.quoteIndexes(actor: actor).count
    }
}
