import ParoleLibrary
import ParoleReader

extension LibrarySource {
    /// The reader's library-wide queries answered by the library at `path`: full-text search,
    /// actors ranked by quotes, an actor's articles (at most `limit` articles each). A library
    /// that cannot be opened gives no source; a failing query lists nothing.
    static func opening(path: String, limit: Int) -> LibrarySource? {
        guard let library = try? Library(path: path, create: false) else { return nil }
        func models(_ ids: [Int64]) throws(LibraryError) -> [ArticleModel] {
            try library.storedArticles(ids: ids).map {
                ArticleModel(analysis: $0.analysis, source: $0.summary.source)
            }
        }
        return LibrarySource(
            search: { query in
                (try? models(library.search(query, limit: limit).map(\.article.id))) ?? []
            },
            actors: {
                ((try? library.actors()) ?? []).map {
                    LibraryActorEntry(name: $0.name, type: $0.type, quotes: $0.quotes)
                }
            },
            articles: { name in
                let ids =
                    (try? library.articleIds(mentioning: library.actors(named: name).map(\.id), limit: limit))
                return (try? models(ids ?? [])) ?? []
            })
    }
}
