import Foundation
import GRDB

extension Library {
    /// How many articles hold every word of `query`, as ``search(_:limit:rankWindow:)`` finds
    /// them: what a list of its first results is out of.
    public func searchCount(_ query: String) throws(LibraryError) -> Int {
        guard let match = Library.ftsQuery(query) else { return 0 }
        return try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM articleSearch WHERE articleSearch MATCH ?", arguments: [match])
                ?? 0
        }
    }

    /// In how many articles any of `actorIds` appears: what ``articleIds(mentioning:limit:)``
    /// lists the newest of.
    public func articleCount(mentioning actorIds: [Int64]) throws(LibraryError) -> Int {
        guard !actorIds.isEmpty else { return 0 }
        let list = actorIds.map(String.init).joined(separator: ",")
        return try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT articleId) FROM appearance WHERE actorId IN (\(list))") ?? 0
        }
    }
}
