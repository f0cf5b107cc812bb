import ParoleKit

/// An actor of the whole library, as the actor picker offers it.
public struct LibraryActorEntry: Hashable, Sendable {
    /// The actor's name.
    public var name: String
    /// The actor's type.
    public var type: EntityType
    /// The actor's quotes across the library's articles.
    public var quotes: Int

    /// Creates an entry.
    public init(name: String, type: EntityType, quotes: Int) {
        self.name = name
        self.type = type
        self.quotes = quotes
    }
}

/// Library-wide queries the reader may run, injected by the caller (the reader does no I/O):
/// set only when the reader shows a library. Without it, `/` and `f` on the list act on the
/// loaded articles only.
public struct LibrarySource {
    /// The articles holding these words, best first.
    public var search: (String) -> [ArticleModel]
    /// The library's actors, most quoted across articles first.
    public var actors: () -> [LibraryActorEntry]
    /// The articles quoting or mentioning the actor of this name.
    public var articles: (String) -> [ArticleModel]

    /// Creates a source from its three queries.
    public init(
        search: @escaping (String) -> [ArticleModel], actors: @escaping () -> [LibraryActorEntry],
        articles: @escaping (String) -> [ArticleModel]
    ) {
        self.search = search
        self.actors = actors
        self.articles = articles
    }
}
