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

/// The library-wide queries behind the reader's library effects, given by the caller. The
/// reader never calls them: `ReaderState.handle(_:)` returns effects, and the session runs
/// them here (`outcome(of:)`). Each query throws a readable error that reaches the status line.
public struct LibrarySource {
    /// The articles holding these words, best first.
    public var search: (String) throws -> [ArticleModel]
    /// The library's actors, most quoted across articles first.
    public var actors: () throws -> [LibraryActorEntry]
    /// The articles quoting or mentioning the actor of this name.
    public var articles: (String) throws -> [ArticleModel]

    /// Creates a source from its three queries.
    public init(
        search: @escaping (String) throws -> [ArticleModel],
        actors: @escaping () throws -> [LibraryActorEntry],
        articles: @escaping (String) throws -> [ArticleModel]
    ) {
        self.search = search
        self.actors = actors
        self.articles = articles
    }

    /// Runs a library effect; nil for effects that are not the library's.
    public func outcome(of effect: ReaderEffect) -> ReaderOutcome? {
        do {
            switch effect {
            case .searchLibrary(let query): return .searchResults(query: query, articles: try search(query))
            case .loadLibraryActors: return .libraryActors(try actors())
            case .loadActorArticles(let name): return .actorArticles(name: name, articles: try articles(name))
            default: return nil
            }
        } catch {
            return .failed("library: \(error)")
        }
    }
}
