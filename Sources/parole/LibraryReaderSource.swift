import ParoleLibrary
import ParoleReader

extension LibrarySource {
    /// The reader's library-wide queries answered by the library at `path`: full-text search,
    /// actors ranked by quotes, an actor's articles (at most `limit` articles each). A library
    /// that cannot be opened gives no source; a failing query's error reaches the status line.
    static func opening(path: String, limit: Int) -> LibrarySource? {
        guard let library = try? Library(path: path, create: false) else { return nil }
        func models(_ ids: [Int64]) throws(LibraryError) -> [ArticleModel] {
            try library.storedArticles(ids: ids).map(ArticleModel.init(stored:))
        }
        return LibrarySource(
            search: { query in
                try models(library.search(query, limit: limit).map(\.article.id))
            },
            actors: {
                try library.actors().map {
                    LibraryActorEntry(name: $0.name, type: $0.type, quotes: $0.quotes)
                }
            },
            articles: { name in
                try models(
                    library.articleIds(mentioning: library.actors(named: name).map(\.id), limit: limit))
            })
    }
}

extension ArticleModel {
    /// A stored article for the reader, with its address and date.
    convenience init(stored: StoredArticle) {
        self.init(
            analysis: stored.analysis, source: stored.summary.source, link: stored.link,
            date: stored.summary.date.map { DayFormat.string($0) })
    }
}
