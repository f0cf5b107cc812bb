import Foundation
import ParoleKit
import ParoleLibrary
import ParoleReader
import ParoleSources

extension LibrarySource {
    /// The reader's library-wide queries answered by the library at `path`: full-text search,
    /// actors ranked by quotes, an actor's articles (at most `limit` articles each). A library
    /// that cannot be opened gives no source; a failing query's error reaches the status line.
    static func opening(path: String, limit: Int) -> LibrarySource? {
        guard let library = try? Library(path: path, create: false) else { return nil }
        func models(_ ids: [Int64]) throws(LibraryError) -> [ArticleModel] {
            try library.storedArticles(ids: ids).map(ArticleModel.init(stored:))
        }
        var source = LibrarySource(
            search: { query in
                try models(library.searchIds(query, limit: limit))
            },
            actors: {
                try library.actorRanking().map {
                    LibraryActorEntry(name: $0.name, type: $0.type, kind: $0.kind, quotes: $0.quotes)
                }
            },
            articles: { name in
                try models(
                    library.articleIds(mentioning: library.actors(named: name).map(\.id), limit: limit))
            })
        source.searchCount = { query in try library.searchCount(query) }
        source.actorArticleCount = { name in
            try library.articleCount(mentioning: library.actors(named: name).map(\.id))
        }
        source.actorNames = { name in
            try library.appearanceNames(ofActors: library.actors(named: name).map(\.id))
        }
        source.setRead = { id, read in try library.setRead(articleId: id, read) }
        source.libraryCount = { try library.articleCount() }
        source.olderArticles = { offset in
            try models(library.articles(limit: limit, offset: offset).map(\.id))
        }
        source.moreMatches = { query, offset in
            switch query {
            case .search(let words):
                return try models(library.searchIds(words, limit: limit, offset: offset))
            case .actor(let name):
                return try models(
                    library.articleIds(
                        mentioning: library.actors(named: name).map(\.id), limit: limit, offset: offset)
                )
            }
        }
        source.sortedMatches = { query, listOrder, offset in
            let order = ArticleOrder(rawValue: listOrder.rawValue) ?? .date
            switch query {
            case .search(let words):
                return try models(library.searchIds(words, order: order, limit: limit, offset: offset))
            case .actor(let name):
                return try models(
                    library.articleIds(
                        mentioning: library.actors(named: name).map(\.id), order: order, limit: limit,
                        offset: offset))
            }
        }
        func updateFeeds(_ progress: @escaping (String) -> Void) throws -> (String, [ArticleModel]) {
            let update = FeedUpdate(library: library, fetcher: URLFetcher(timeout: 15))
            let report = ProgressRelay(progress)
            let summary = try update.update { step in
                report.send("updating feeds: \(step.done)/\(step.total) · \(step.last.name)")
            }
            guard !summary.feeds.isEmpty else {
                return ("No subscriptions: parole subscribe URL follows a feed", [])
            }
            let newest = try models(library.articles(limit: limit).map(\.id))
            // The status line names the first failed feed and why, first (the line is cut at the
            // screen's width): "1 failed" alone tells nothing to act on; `parole update` lists
            // every feed.
            var line = summary.line
            if let failure = summary.feeds.first(where: \.failed) {
                let others = summary.failed > 1 ? " (and \(summary.failed - 1) more: parole update)" : ""
                line = TerminalSafeText.line(failure.line) + others + " · " + line
            }
            return (line, newest)
        }
        let turns = LibraryWriteTurns(path: library.path)
        source.updateFeeds = { progress in
            // Not beside a `parole add` or `parole update` (both would analyse the same new
            // items), nor on a library another program keeps locked: one line says so at once.
            do {
                return try turns.run { () throws -> (String, [ArticleModel]) in
                    try library.checkWritable()
                    return try updateFeeds(progress)
                }
            } catch let error as LibraryError where error.isAnotherWriter {
                throw LibraryRefusal(
                    "Feeds not updated: parole add or update is writing the library; R again later"
                )
            } catch LibraryError.locked {
                throw LibraryRefusal(
                    "Feeds not updated: another program is writing the library; R again later"
                )
            }
        }
        func correct(_ articleSource: String, _ correction: ReaderCorrection) throws(LibraryError)
            -> ArticleModel
        {
            guard let id = try library.articleId(source: articleSource) else {
                throw LibraryError.refused("the article is no longer in the library")
            }
            let request: CorrectionRequest
            switch correction {
            case .undoLast:
                guard let last = try library.corrections(articleId: id).last?.id else {
                    throw LibraryError.refused("no correction of this article to undo")
                }
                try library.removeCorrection(id: last)
                guard let stored = try library.storedArticles(ids: [id]).first else {
                    throw LibraryError.refused("the article is no longer in the library")
                }
                return ArticleModel(stored: stored)
            case .speaker(let quote, let name): request = .speaker(quote: quote + 1, name: name)
            case .notQuote(let quote): request = .notQuote(quote: quote + 1)
            case .merge(let actor, let into): request = .merge(actor: actor, into: into)
            case .split(let actor): request = .split(actor: actor)
            }
            return ArticleModel(stored: try library.correct(articleId: id, request))
        }
        source.correct = { articleSource, correction in
            do {
                return try correct(articleSource, correction)
            } catch LibraryError.refused(let message) {
                // What the user asked cannot be done: said without the library's path.
                throw LibraryRefusal(message)
            }
        }
        source.lastCorrection = { articleSource in
            guard let id = try library.articleId(source: articleSource) else { return nil }
            return try library.corrections(articleId: id).last?.summary
        }
        source.statistics = { articleSource in
            var filter = StatisticsFilter()
            if let articleSource { filter.articleId = try library.articleId(source: articleSource) ?? -1 }
            return try library.statistics(filter)
        }
        return source
    }
}

extension ArticleModel {
    /// A stored article for the reader, with its address and date.
    convenience init(stored: StoredArticle) {
        self.init(
            analysis: stored.analysis, source: stored.summary.source, link: stored.link,
            date: stored.summary.date.map { DayFormat.publicationDay($0, offset: stored.dateOffset) },
            site: stored.site,
            language: stored.language, libraryID: stored.summary.id,
            isRead: stored.summary.isRead)
    }
}

/// Hands FeedUpdate's progress (from its worker threads, one call at a time) to the reader.
final class ProgressRelay: @unchecked Sendable {
    private let body: (String) -> Void

    init(_ body: @escaping (String) -> Void) { self.body = body }

    /// Passes one progress line on.
    func send(_ line: String) { body(line) }
}

/// The library's errors name the library ("library /x is locked by another process…"): the
/// reader's status line shows them without a "Library:" before.
extension LibraryError: NamesItsLibrary {}
