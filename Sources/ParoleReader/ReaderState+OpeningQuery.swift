/// What `parole read` chose the articles it opens on by: `--search WORDS`, `--actor NAME`, or
/// both (the search's articles, filtered by the actor).
public struct OpeningQuery: Sendable, Equatable {
    /// The words searched for (`--search`): an article opens at its first match.
    public var search: String?
    /// The actor named (`--actor`): the list and the articles are filtered by that actor.
    public var actor: String?
    /// The other names the library knows the actor by in its articles (``ActorFilter/otherNames``).
    public var actorNames: [String]
    /// Whether the actor's name stands for several people, who share a surname: the filter is
    /// then labelled with the name as typed.
    public var actorIsSeveralPeople: Bool

    /// A query of `search` words and (or) an `actor`.
    public init(
        search: String? = nil, actor: String? = nil, actorNames: [String] = [],
        actorIsSeveralPeople: Bool = false
    ) {
        self.search = search
        self.actor = actor
        self.actorNames = actorNames
        self.actorIsSeveralPeople = actorIsSeveralPeople
    }

    /// The library query whose pages the list reads: the search's, else the actor's.
    var listQuery: LibraryListQuery? {
        search.map(LibraryListQuery.search) ?? actor.map(LibraryListQuery.actor)
    }

    /// What the heading says the articles were chosen by ("holding grève", "naming Peskov").
    var heading: String? {
        search.map { "holding \($0)" } ?? actor.map { "naming \($0)" }
    }
}

extension ReaderState {
    /// Opens on the articles `query` chose, as `parole read --search` and `--actor` do: an
    /// article opens at the search's first match, the actor filter is set. With
    /// `libraryMatches`, the articles are the library's first page of the query's matches,
    /// `total` of them in the library (when counted): the heading names the query and says how
    /// many match, and the last row reads the next page. The one way the command and the tests
    /// set up such a list.
    public mutating func open(on query: OpeningQuery, libraryMatches: Bool, total: Int? = nil) {
        if libraryMatches, let listQuery = query.listQuery {
            libraryArticleCount = total
            libraryQuery = query.heading
            pagedQuery = listQuery
        }
        foundBySearch = query.search
        // One article found opens directly: at its match, as from the list.
        if let search = query.search, screen == .article { showFirstMatch(of: search) }
        if let actor = query.actor {
            filter(byActorNamed: actor, otherNames: query.actorNames, asTyped: query.actorIsSeveralPeople)
        }
    }
}
