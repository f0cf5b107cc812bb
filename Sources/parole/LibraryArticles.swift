import ArgumentParser
import Foundation
import ParoleLibrary
import ParoleReader

/// The library's articles for the reader: the newest ones, or those a full-text search or an
/// actor picks across the whole library, from their stored analyses (nothing is analysed again).
enum LibraryArticles {
    /// Loads articles from the library at `path`: the `limit` newest, or with `search` the
    /// articles holding those words (best first), or with `actor` the articles quoting or
    /// mentioning that actor (newest first), or with `numbers` those articles, with the names that actor goes by in them (for
    /// ``ActorFilter/otherNames``) and whether the name stands for several people (who share a
    /// surname: the filter is then labelled with the name as typed), and, for the newest, how
    /// many articles the library holds (for a search or an actor: how many match). Prints a one-line error and exits with status 1 when the
    /// library cannot be read or nothing matches.
    static func load(path: String, search: String?, actor: String?, numbers: [Int64]? = nil, limit: Int)
        throws
        -> (
            articles: [ArticleModel], actorNames: [String], actorIsSeveralPeople: Bool, total: Int?
        )
    {
        let library: Library
        try LibraryOptions.refuseDirectory(path)
        do {
            library = try Library(path: path, create: false)
        } catch {
            if case .missing = error {
                StandardError.print(
                    "parole: no library at \(path) yet: `parole add FILE|DIR|URL...` builds it, "
                        + "or give an article file to read")
            } else {
                StandardError.print("parole: \(error.description)")
            }
            throw ExitCode(1)
        }
        var actorNames: [String] = []
        var actorIsSeveralPeople = false
        let ids: [Int64] = try reportingLibraryErrors { () throws(LibraryError) in
            if let numbers { return numbers }
            if let search {
                return try library.searchIds(search, limit: limit)
            }
            if let actor {
                let actors = try library.actors(named: actor).map(\.id)
                actorNames = try library.appearanceNames(ofActors: actors)
                actorIsSeveralPeople = Set(actors).count > 1
                return try library.articleIds(mentioning: actors, limit: limit)
            }
            return try library.articles(limit: limit).map(\.id)
        }
        guard !ids.isEmpty else {
            StandardError.print(
                "parole: "
                    + (search.map { "no article in the library holds \($0)" }
                        ?? actor.map { "no actor named \($0) in the library" }
                        ?? "the library at \(path) is empty: `parole add FILE|DIR|URL...` fills it, "
                        + "`parole update` fetches the feeds it follows"))
            throw ExitCode(1)
        }
        let stored = try reportingLibraryErrors { () throws(LibraryError) in
            try library.storedArticles(ids: ids)
        }
        // Articles named by their numbers (`parole list`, `parole quotes`): each must be there.
        let storedIds = Set(stored.map(\.summary.id))
        if let numbers, let number = numbers.first(where: { !storedIds.contains($0) }) {
            StandardError.print("parole: no article \(number) in the library at \(path) (see `parole list`)")
            throw ExitCode(1)
        }
        let articles = stored.map(ArticleModel.init(stored:))
        // The library's size when the newest are shown, the matches of a search or an actor
        // when they are: the list says when it shows only some.
        var total: Int?
        if let search {
            total = try? library.searchCount(search)
        } else if let actor {
            total = try? library.articleCount(mentioning: library.actors(named: actor).map(\.id))
        } else if numbers == nil {
            total = try? library.articleCount()
        }
        return (articles, actorNames, actorIsSeveralPeople, total)
    }
}
