import Foundation
import GRDB
import ParoleKit

extension Library {
    /// The names the library actors `actorIds` go by in their articles: the name of each of their
    /// appearances ("Barack Obama" in one article, "Obama" in another), each once, in the order
    /// first stored. The reader's actor filter matches an article's actor by these, so that an
    /// article the library counts for the actor is never hidden because it names them otherwise.
    public func appearanceNames(ofActors actorIds: [Int64]) throws(LibraryError) -> [String] {
        guard !actorIds.isEmpty else { return [] }
        let list = actorIds.map(String.init).joined(separator: ",")
        return try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM appearance WHERE actorId IN (\(list)) GROUP BY name ORDER BY min(id)")
        }
    }

    /// Every library actor's name, type and quotes across articles, most quoted first (then most
    /// mentioned): what the reader's library actor picker lists, read in one query. Unlike
    /// ``actors(top:)`` it reads no aliases and no kinds, which take seconds for the tens of
    /// thousands of actors of a library of thousands of articles.
    public func actorRanking() throws(LibraryError) -> [(name: String, type: EntityType, quotes: Int)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT name, type, quoteCount FROM actor ORDER BY quoteCount DESC, mentionCount DESC, id"
            ).map { row in
                (
                    name: row["name"], type: EntityType(rawValue: row["type"]) ?? .person,
                    quotes: row["quoteCount"]
                )
            }
        }
    }
}
