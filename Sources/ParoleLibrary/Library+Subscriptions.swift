import Foundation
import GRDB

extension Library {
    /// Follows the feed at `url`. Returns false when the library follows it already (nothing
    /// changes then). The feed is not fetched here: `FeedUpdate` does that.
    @discardableResult
    public func subscribe(url: String) throws(LibraryError) -> Bool {
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO subscription (url, addedAt) VALUES (?, ?)",
                arguments: [url, LibraryDate.string(Date())])
            return db.changesCount > 0
        }
    }

    /// Stops following the feed `url` (or, when `url` is the number `subscriptions()` gives a
    /// subscription, that one). The articles already stored from it stay in the library.
    /// Returns the subscription removed, nil when there was none.
    @discardableResult
    public func unsubscribe(_ url: String) throws(LibraryError) -> Subscription? {
        try write { db in
            var row = try Row.fetchOne(db, sql: "SELECT * FROM subscription WHERE url = ?", arguments: [url])
            if row == nil, let id = Int64(url) {
                row = try Row.fetchOne(db, sql: "SELECT * FROM subscription WHERE id = ?", arguments: [id])
            }
            guard let row else { return nil }
            let subscription = Library.subscription(row)
            try db.execute(sql: "DELETE FROM subscription WHERE id = ?", arguments: [subscription.id])
            return subscription
        }
    }

    /// The feeds the library follows, in the order they were subscribed.
    public func subscriptions() throws(LibraryError) -> [Subscription] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM subscription ORDER BY id").map(Library.subscription)
        }
    }

    /// Records an update's try of the subscription `id`: when it was made, the feed's title
    /// when read, and either the validators of the feed now stored (`error` nil) or why it
    /// failed (the validators of the last stored feed are kept then).
    func recordCheck(
        subscription id: Int64, at date: Date, title: String?, etag: String?, lastModified: String?,
        error: String?
    ) throws(LibraryError) {
        try write { db in
            if let error {
                try db.execute(
                    sql: "UPDATE subscription SET checkedAt = ?, lastError = ? WHERE id = ?",
                    arguments: [LibraryDate.string(date), error, id])
            } else {
                try db.execute(
                    sql: """
                        UPDATE subscription SET checkedAt = ?, lastError = NULL, title = coalesce(?, title),
                            etag = ?, lastModified = ?
                        WHERE id = ?
                        """,
                    arguments: [LibraryDate.string(date), title, etag, lastModified, id])
            }
        }
    }

    static func subscription(_ row: Row) -> Subscription {
        Subscription(
            id: row["id"], url: row["url"], title: row["title"], etag: row["etag"],
            lastModified: row["lastModified"], addedAt: LibraryDate.date(row["addedAt"]),
            checkedAt: LibraryDate.date(row["checkedAt"]), lastError: row["lastError"])
    }
}
