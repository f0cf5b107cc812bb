import ParoleKit

/// The screens of the reader.
public enum Screen: Hashable, Sendable {
    /// The list of articles.
    case list
    /// One article with its panels.
    case article
    /// The list of keys.
    case help
}

/// Which part of the article view the movement keys act on.
public enum Focus: Hashable, Sendable, CaseIterable {
    /// The article text.
    case text
    /// The Quotes panel.
    case quotes
    /// The Actors panel.
    case actors
}

/// An actor chosen as filter, matched by name (and aliases) across articles.
public struct ActorFilter: Hashable, Sendable {
    /// The actor's name.
    public var name: String
    /// The actor's type.
    public var type: EntityType

    /// Creates a filter.
    public init(name: String, type: EntityType) {
        self.name = name
        self.type = type
    }
}

/// A line being typed on the status line.
public enum Prompt: Hashable, Sendable {
    /// `/` in the article view: a search.
    case search(String)
    /// `/` in the list: filters the articles as one types.
    case listFilter(String)
    /// `f`: the actor picker, with what was typed and the selected row.
    case actorPicker(query: String, selection: Int)
}

/// A search in the article text and where it stands.
public struct SearchState: Hashable, Sendable {
    /// What was searched.
    public var query: String
    /// Every match, in text order.
    public var matches: [Span]
    /// The index of the current match.
    public var current: Int
}

/// Everything the reader shows, as a value: handling a key gives a new state
/// (`handle(_:)`), rendering gives a grid of cells (`render()`). No I/O.
public struct ReaderState {
    /// The articles, in the order given.
    public private(set) var articles: [ArticleModel]
    /// The terminal size.
    public internal(set) var size: TerminalSize
    /// Whether to draw in colour; without, bold, underline, reverse and dim only.
    public var usesColor: Bool
    /// The screen shown.
    public internal(set) var screen: Screen
    var screenBeforeHelp: Screen = .article
    /// The text offset at the top of the page before the terminal became too small.
    var resizeAnchor: Int?
    /// The index of the article shown or last opened.
    public internal(set) var articleIndex: Int = 0
    /// The first text line shown.
    public internal(set) var scroll: Int = 0
    /// The index (in the analysis) of the quote emphasised, if any.
    public internal(set) var currentQuote: Int?
    /// What movement keys act on.
    public internal(set) var focus: Focus = .text
    /// The selected row of the Quotes panel.
    public internal(set) var quoteRow: Int = 0
    /// The selected row of the Actors panel.
    public internal(set) var actorRow: Int = 0
    /// The current search, if any.
    public internal(set) var search: SearchState?
    /// The actor filter, if any.
    public internal(set) var actorFilter: ActorFilter?
    /// The line being typed, if any.
    public internal(set) var prompt: Prompt?
    /// The selected row of the article list.
    public internal(set) var listSelection: Int = 0
    /// The text the list is filtered by.
    public internal(set) var listQuery: String = ""
    /// A one-off message for the status line.
    public internal(set) var message: String?
    /// Whether the user asked to quit.
    public internal(set) var isFinished = false
    /// Library-wide search and actor queries, when the reader shows a library.
    public var library: LibrarySource?
    /// The library's actors, fetched when the picker opens on the list in library mode.
    var libraryActors: [LibraryActorEntry] = []
    /// The articles first listed, kept while a library query's results replace them.
    var homeArticles: [ArticleModel]?

    /// Creates a reader on `articles`: the list when there are several, else the article.
    public init(articles: [ArticleModel], size: TerminalSize, usesColor: Bool = true) {
        self.articles = articles
        self.size = size
        self.usesColor = usesColor
        screen = articles.count == 1 ? .article : .list
    }

    /// Puts `model` in place of the article at `index` (its analysis arrived), keeping the
    /// reading position when it is the article shown.
    public mutating func replaceArticle(at index: Int, with model: ArticleModel) {
        guard articles.indices.contains(index) else { return }
        var anchor: Int?
        if index == articleIndex, !layout.isTooSmall, let lines = textLayout?.lines, !lines.isEmpty {
            anchor = Int(lines[min(scroll, lines.count - 1)].start)
        }
        articles[index] = model
        if let anchor, let textLayout { scroll = min(textLayout.line(containing: anchor), maxScroll) }
    }

    /// Lists `models` in place of the articles (a library query's results), from the top.
    mutating func replaceArticles(with models: [ArticleModel]) {
        if homeArticles == nil { homeArticles = articles }
        articles = models
        articleIndex = 0
        listSelection = 0
        listQuery = ""
    }

    /// Lists the articles first listed again after a library query, and clears the actor filter.
    mutating func restoreHomeArticles() {
        actorFilter = nil
        guard let homeArticles else { return }
        articles = homeArticles
        self.homeArticles = nil
        articleIndex = 0
        listSelection = 0
    }

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

    /// The filtered actor's index in the current article, if the filter names one there.
    public var filteredActor: Int? {
        guard let actorFilter, let article else { return nil }
        return article.actorIndex(named: actorFilter.name)
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
            if let actorFilter, article.actorIndex(named: actorFilter.name) == nil { return false }
            return listQuery.isEmpty || article.matches(listQuery)
        }
    }

    /// The actors the picker offers for what was typed: the article's in the article view,
    /// every article's (one per name) in the list.
    public var pickerCandidates: [ActorFilter] {
        guard case .actorPicker(let query, _) = prompt else { return [] }
        if library != nil, screen == .list {
            return libraryActors.filter { query.isEmpty || TextFolding.contains($0.name, query) }
                .map { ActorFilter(name: $0.name, type: $0.type) }
        }
        var seen = Set<[Unicode.Scalar]>()
        var out: [(filter: ActorFilter, quotes: Int, mentions: Int)] = []
        let sources = screen == .article ? (article.map { [$0] } ?? []) : articles
        for article in sources {
            for actor in article.analysis.actors {
                let key = TextFolding.fold(actor.name)
                guard !seen.contains(key) else {
                    if let i = out.firstIndex(where: { TextFolding.fold($0.filter.name) == key }) {
                        out[i].quotes += actor.quotes
                        out[i].mentions += actor.mentions
                    }
                    continue
                }
                guard
                    query.isEmpty || TextFolding.contains(actor.name, query)
                        || actor.aliases.contains(where: { TextFolding.contains($0, query) })
                else { continue }
                seen.insert(key)
                out.append((ActorFilter(name: actor.name, type: actor.type), actor.quotes, actor.mentions))
            }
        }
        let foldedQuery = TextFolding.fold(query)
        return out.enumerated().sorted { a, b in
            let aPrefix = TextFolding.fold(a.element.filter.name).starts(with: foldedQuery)
            let bPrefix = TextFolding.fold(b.element.filter.name).starts(with: foldedQuery)
            if aPrefix != bPrefix { return aPrefix }
            if a.element.quotes != b.element.quotes { return a.element.quotes > b.element.quotes }
            if a.element.mentions != b.element.mentions { return a.element.mentions > b.element.mentions }
            return a.offset < b.offset
        }.map(\.element.filter)
    }

    /// The number of quotes by the filtered actor in `article`, or all its quotes.
    public func quoteCount(in article: ArticleModel) -> Int {
        guard let actorFilter else { return article.analysis.quotes.count }
        guard let actor = article.actorIndex(named: actorFilter.name) else { return 0 }
        return article.quoteIndexes(actor: actor).count
    }
}
