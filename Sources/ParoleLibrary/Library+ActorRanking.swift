import Foundation
import GRDB
import ParoleKit

extension Library {
    /// The library's actors ranked by quotes, then mentions, counting only the articles dated
    /// from `since` and before `until` when either is given (an actor no such article names is
    /// left out), and only the actors of `kind` when given (the kind ``actors(top:)`` shows,
    /// ``LibraryActorKind``); the first `top` if given. Without a filter it is ``actors(top:)``.
    public func actors(
        top: Int?, kind: SpeakerKind?, since: ArticleDateLimit?, until: ArticleDateLimit?
    ) throws(LibraryError) -> [LibraryActor] {
        if kind == nil && since == nil && until == nil { return try actors(top: top) }
        return try read { db in
            var ranked: [(id: Int64, quotes: Int, mentions: Int, articles: Int)]
            if since == nil && until == nil {
                ranked = try Row.fetchAll(
                    db, sql: "SELECT id, quoteCount, mentionCount, articleCount FROM actor"
                ).map { ($0["id"], $0["quoteCount"], $0["mentionCount"], $0["articleCount"]) }
            } else {
                ranked = try Self.countsOfActors(since: since, until: until, db: db)
            }
            if let kind {
                let kinds = try Self.kindsOfActorsOnceUnnamed(db: db)
                var types: [Int64: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, type FROM actor") {
                    types[row["id"]] = row["type"]
                }
                ranked = ranked.filter { actor in
                    let named: SpeakerKind =
                        types[actor.id] == EntityType.person.rawValue ? .person : .organisation
                    return (kinds[actor.id] ?? named) == kind
                }
            }
            ranked.sort { ($0.quotes, $0.mentions, -$0.id) > ($1.quotes, $1.mentions, -$1.id) }
            if let top { ranked = Array(ranked.prefix(top)) }
            let counts = Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, $0) })
            return try Library.actors(ids: ranked.map(\.id), db: db).map { actor in
                var windowed = actor
                if let count = counts[actor.id] {
                    windowed.quotes = count.quotes
                    windowed.mentions = count.mentions
                    windowed.articles = count.articles
                }
                return windowed
            }.sorted { ($0.quotes, $0.mentions, -$0.id) > ($1.quotes, $1.mentions, -$1.id) }
        }
    }

    /// Each actor's quotes, mentions and articles in the articles dated from `since` and before
    /// `until`; the actors none of them names are left out.
    private static func countsOfActors(
        since: ArticleDateLimit?, until: ArticleDateLimit?, db: Database
    ) throws -> [(
        id: Int64, quotes: Int, mentions: Int, articles: Int
    )] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        addDates(since: since, until: until, to: &conditions, &arguments).register(in: db)
        let dated = "SELECT article.id FROM article WHERE " + conditions.joined(separator: " AND ")
        var quotes: [Int64: Int] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT actorId, COUNT(*) AS n FROM quote
                WHERE actorId IS NOT NULL AND articleId IN (\(dated)) GROUP BY actorId
                """, arguments: arguments)
        {
            quotes[row["actorId"]] = row["n"]
        }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT actorId, SUM(mentions) AS mentions, COUNT(DISTINCT articleId) AS articles
                FROM appearance WHERE articleId IN (\(dated)) GROUP BY actorId
                """, arguments: arguments
        ).map { row in
            let id: Int64 = row["actorId"]
            return (id, quotes[id] ?? 0, row["mentions"], row["articles"])
        }
    }
}
