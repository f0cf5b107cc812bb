import Foundation
import GRDB

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
}
