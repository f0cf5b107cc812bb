import ParoleKit

/// An actor of the whole library, as the actor picker offers it.
public struct LibraryActorEntry: Hashable, Sendable {
    /// The actor's name.
    public var name: String
    /// The actor's type.
    public var type: EntityType
    /// The sort of source the actor is in most of its articles (person, organisation, anonymous
    /// source, document), as `parole actors` tells it.
    public var kind: SpeakerKind
    /// The actor's quotes across the library's articles.
    public var quotes: Int
    /// The name folded (``TextFolding``) once, so that the picker narrows tens of thousands of
    /// library actors at each key without folding every name again.
    let foldedName: [Unicode.Scalar]

    /// Creates an entry; `kind` defaults to a person for a person and an organisation otherwise.
    public init(name: String, type: EntityType, kind: SpeakerKind? = nil, quotes: Int) {
        self.name = name
        self.type = type
        self.kind = kind ?? (type == .person ? .person : .organisation)
        self.quotes = quotes
        foldedName = TextFolding.fold(name)
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
    /// How many articles hold these words (``search`` gives the first of them).
    public var searchCount: ((String) throws -> Int)?
    /// How many articles quote or mention the actor of this name (``articles`` gives the
    /// newest of them).
    public var actorArticleCount: ((String) throws -> Int)?
    /// The names the actor of this name goes by in its articles (see `ActorFilter.otherNames`).
    public var actorNames: ((String) throws -> [String])?
    /// Updates the subscribed feeds, telling progress ("updating feeds: 2/5") as it goes;
    /// returns the summary line and the library's newest articles.
    public var updateFeeds:
        ((@escaping (String) -> Void) throws -> (summary: String, articles: [ArticleModel]))?
    /// How many articles the library holds (the newest list's heading and paging count them).
    public var libraryCount: (() throws -> Int)?
    /// Marks an article read or unread.
    public var setRead: ((Int64, Bool) throws -> Void)?
    /// Records a correction of the article from this source and returns it corrected.
    public var correct: ((String, ReaderCorrection) throws -> ArticleModel)?
    /// What the last correction of the article from this source decided, in a few words
    /// (`« … » said by X`); nil when it has none. `U` names what it undoes with it.
    public var lastCorrection: ((String) throws -> String?)?
    /// The statistics of the article from this source, or of the whole library (nil).
    public var statistics: ((String?) throws -> QuoteStatistics)?
    /// The library's articles, newest first, after the first `offset` (a page of them).
    public var olderArticles: ((Int) throws -> [ArticleModel])?
    /// The articles a library query lists, in its order, after the first `offset` (a page of
    /// them): a search's matches past the first listed, an actor's older articles.
    public var moreMatches: ((LibraryListQuery, Int) throws -> [ArticleModel])?
    /// The articles a library query lists, in the order given instead of the query's, after the
    /// first `offset` (a page of them): a list of a query that `S` sorted, read on in its order.
    public var sortedMatches: ((LibraryListQuery, ListOrder, Int) throws -> [ArticleModel])?

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

    /// The status line after `correction` was recorded.
    static func done(_ correction: ReaderCorrection) -> String {
        switch correction {
        case .speaker(_, let name): return "Speaker: \(name) — kept in the library · U undoes"
        case .notQuote: return "Not a quote — kept in the library · U undoes"
        case .merge(let actor, let into): return "\(actor) merged into \(into) — M splits them again"
        case .split(let actor): return "\(actor) split"
        case .undoLast: return "Last correction undone"
        }
    }

    /// Runs a library effect; nil for effects that are not the library's.
    public func outcome(of effect: ReaderEffect) -> ReaderOutcome? {
        do {
            switch effect {
            case .searchLibrary(let query):
                return .searchResults(
                    query: query, articles: try search(query), total: try searchCount?(query))
            case .loadLibraryActors: return .libraryActors(try actors())
            case .loadActorArticles(let name):
                return .actorArticles(
                    name: name, articles: try articles(name), otherNames: try actorNames?(name) ?? [],
                    total: try actorArticleCount?(name))
            case .setRead(let id, let read):
                guard let setRead else { return .failed("This library cannot keep read marks") }
                try setRead(id, read)
                return .readChanged(id, read)
            case .correct(let source, let correction):
                guard let correct else { return .failed("This library cannot take corrections") }
                var message = Self.done(correction)
                if case .undoLast = correction, let lastCorrection {
                    guard let undone = try lastCorrection(source) else {
                        return .failed("No correction of this article to undo")
                    }
                    message = "Undone: \(undone)"
                }
                return .corrected(source: source, article: try correct(source, correction), message: message)
            case .loadOlderArticles(let offset):
                guard let olderArticles else { return .olderArticles([]) }
                return .olderArticles(try olderArticles(offset))
            case .loadMoreMatches(let query, let offset, nil):
                guard let moreMatches else { return .olderArticles([]) }
                return .olderArticles(try moreMatches(query, offset))
            case .loadMoreMatches(let query, let offset, let order?):
                guard let sortedMatches else { return .olderArticles([]) }
                return .olderArticles(try sortedMatches(query, order, offset))
            case .loadSortedMatches(let query, let order):
                guard let sortedMatches else { return .failed("This library cannot sort its matches") }
                return .sortedMatches(query, order, try sortedMatches(query, order, 0))
            case .loadNewestArticles:
                guard let olderArticles else {
                    return .failed("This library cannot list its newest articles")
                }
                return .newestArticles(try olderArticles(0), total: try libraryCount?())
            case .loadStatistics(let source):
                guard let statistics else { return .failed("No statistics for this library") }
                let title = source == nil ? "the whole library" : "this article"
                return .statistics(title: title, try statistics(source))
            default: return nil
            }
        } catch let refusal as LibraryRefusal {
            return .failed(refusal.description)
        } catch {
            return .failed(Self.statusMessage(for: error))
        }
    }

    /// An error of the library as the status line says it: the library's own errors
    /// (``NamesItsLibrary``) name it already, and only their first letter changes; any other
    /// error is introduced as the library's.
    static func statusMessage(for error: any Error) -> String {
        guard let named = error as? any NamesItsLibrary else { return "Library: \(error)" }
        let text = named.description
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Runs `.updateFeeds`, calling `progress` with each progress line.
    public func updateFeedsOutcome(progress: @escaping (String) -> Void) -> ReaderOutcome {
        guard let updateFeeds else { return .failed("No feeds to update here") }
        do {
            let (summary, articles) = try updateFeeds(progress)
            return .feedsUpdated(summary: summary, articles: articles, total: try? libraryCount?())
        } catch let refusal as LibraryRefusal {
            return .failed(refusal.description)
        } catch {
            return .failed("update: \(error)")
        }
    }
}
