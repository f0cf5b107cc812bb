import ParoleKit

/// Something the reader asks for that needs the world outside it (the library, the terminal,
/// other programs). `ReaderState.handle(_:)` returns effects instead of doing I/O; the session
/// runs them and hands what came of them back through `ReaderState.receive(_:)`.
///
/// Adding an effect: a case here, a case in `ReaderOutcome` when something comes back, the code
/// that runs it in `ReaderSession.run(_:)` (terminal side) or `LibrarySource.outcome(of:)`
/// (library side), and its handling in `ReaderState.receive(_:)`.
public enum ReaderEffect: Hashable, Sendable {
    /// Search the whole library for these words.
    case searchLibrary(String)
    /// Fetch the library's actors, most quoted first (for the actor picker).
    case loadLibraryActors
    /// Fetch the library's articles naming this actor.
    case loadActorArticles(String)
    /// Put this citation on the terminal's clipboard (OSC 52) where it can, and in the citation
    /// file; the outcome says which (``ReaderOutcome/notCopied(_:)`` when the clipboard cannot).
    case copy(String)
    /// Open this address in a browser.
    case openURL(String)
    /// Repaint the whole screen.
    case redraw
    /// Fetch every subscribed feed, showing progress, then list the library's newest articles.
    case updateFeeds
    /// Mark the library article with this identifier read (true) or unread.
    case setRead(Int64, Bool)
    /// Record a correction of the article from `source` in the library and reload it.
    case correct(source: String, ReaderCorrection)
    /// Compute the statistics of the article from `source`, or of the whole library (nil).
    case loadStatistics(source: String?)
    /// Fetch the next page of the library's articles, newest first, leaving out the first
    /// `offset` (the articles listed already).
    case loadOlderArticles(offset: Int)
    /// Fetch the next page of the articles a library query lists (a search's matches, an actor's
    /// articles), in the query's order (or in `order`, when `S` sorted the list), leaving out
    /// the first `offset` (listed already).
    case loadMoreMatches(LibraryListQuery, offset: Int, order: ListOrder? = nil)
    /// Fetch the first page of the articles a library query lists in `order`: `S` sorted a list
    /// holding only the first of the query's matches, which the first in the new order replace.
    case loadSortedMatches(LibraryListQuery, ListOrder)
    /// Fetch the library's newest articles (the first page of its own list) and how many it
    /// holds: `F` or `Esc` on a list `parole read --search` or `--actor` opened on.
    case loadNewestArticles
}

/// The library query an article list shows, which its next pages are read from.
public enum LibraryListQuery: Hashable, Sendable {
    /// The articles holding these words, best first (``LibrarySource/search``).
    case search(String)
    /// The articles quoting or mentioning the actor of this name, newest first.
    case actor(String)
}

/// What came of an effect, handed back to the reader.
public enum ReaderOutcome {
    /// The articles holding the words searched for, and how many the library holds (when the
    /// articles are only the first of them).
    case searchResults(query: String, articles: [ArticleModel], total: Int? = nil)
    /// The library's actors.
    case libraryActors([LibraryActorEntry])
    /// The articles naming an actor, with the other names the actor goes by in them, and how
    /// many articles name the actor (when the articles are only the newest of them).
    case actorArticles(name: String, articles: [ArticleModel], otherNames: [String] = [], total: Int? = nil)
    /// The feeds were updated: a summary line, the library's newest articles and how many
    /// articles the library now holds (when known).
    case feedsUpdated(summary: String, articles: [ArticleModel], total: Int? = nil)
    /// The library article with this identifier is now read (true) or unread.
    case readChanged(Int64, Bool)
    /// The article from `source` as corrected, with a line for the status line.
    case corrected(source: String, article: ArticleModel, message: String)
    /// The next page of the library's older articles (``ReaderEffect/loadOlderArticles(offset:)``),
    /// or of the articles a library query lists (``ReaderEffect/loadMoreMatches(_:offset:)``).
    case olderArticles([ArticleModel])
    /// The first page of a library query's articles in an order
    /// (``ReaderEffect/loadSortedMatches(_:_:)``).
    case sortedMatches(LibraryListQuery, ListOrder, [ArticleModel])
    /// The library's newest articles (``ReaderEffect/loadNewestArticles``) and how many articles
    /// the library holds (when known).
    case newestArticles([ArticleModel], total: Int? = nil)
    /// Statistics to show, with their title.
    case statistics(title: String, QuoteStatistics)
    /// Done; a line for the status line.
    case done(String)
    /// Failed; a one-line reason for the status line.
    case failed(String)
    /// The citation `y` asked for could not reach the clipboard; a line saying why and where
    /// it is instead. The quote's detail, which shows the citation to select, opens.
    case notCopied(String)
}
