import Foundation
import GRDB

extension Library {
    /// Marks the article `articleId` read (`true`) or unread (`false`). Articles are unread when
    /// stored, and again when their text changes. An identifier the library does not hold is
    /// ignored. This is what the reader's `u` calls.
    public func setRead(articleId: Int64, _ read: Bool) throws(LibraryError) {
        try write { db in
            if read {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO articleRead (articleId, readAt)
                        SELECT id, ? FROM article WHERE id = ?
                        """, arguments: [LibraryDate.string(Date()), articleId])
            } else {
                try db.execute(sql: "DELETE FROM articleRead WHERE articleId = ?", arguments: [articleId])
            }
        }
    }

    /// Whether the article `articleId` has been marked read.
    public func isRead(articleId: Int64) throws(LibraryError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM articleRead WHERE articleId = ?)",
                arguments: [articleId])
                ?? false
        }
    }

    /// How many articles of the library are unread.
    public func unreadCount() throws(LibraryError) -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM article WHERE NOT EXISTS (SELECT 1 FROM articleRead WHERE articleId = article.id)"
            ) ?? 0
        }
    }
}
