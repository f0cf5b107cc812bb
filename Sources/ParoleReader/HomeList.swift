/// The article list a library query's results replaced (`/` `Enter` or `f` on a library's list),
/// kept whole so that `q` gives it back as it was left and `F` or `Esc` list it again: its
/// articles, the query they were read from, its actor filter and library search, its selected
/// row and its order. One value, so that no part of it can be kept or dropped without the others.
struct HomeList {
    /// The articles the list held.
    var articles: [ArticleModel]
    /// The library query its articles were read from (its next pages follow on from it).
    var pagedQuery: LibraryListQuery?
    /// Its actor filter, given back by `q` (not by `F` and `Esc`).
    var actorFilter: ActorFilter?
    /// The library search its articles were found by, given back by `q` (not by `F` and `Esc`).
    var foundBySearch: String?
    /// Its selected row.
    var selection: Int
    /// Its order.
    var order: ListOrder
    /// Whether `S` had sorted the articles its query listed.
    var resorted: Bool
    /// Where the library's first page in its order stood, its rows sorted by `S`.
    var sortedPage: SortedPage
}

/// Where the library's first page of a query's matches in the order `S` chose stands: the rows
/// sorted here are the first of the query's matches in another order until it replaces them.
enum SortedPage: Equatable {
    /// None awaited: the rows are the query's, in its order or in the library's page of the
    /// list's order.
    case none
    /// Asked for (``ReaderEffect/loadSortedMatches(_:_:)``), not come yet.
    case asked
    /// Asked for, and the library could not read it: `S` asks for it again, in the same order,
    /// instead of moving on to the next order.
    case failed
}
