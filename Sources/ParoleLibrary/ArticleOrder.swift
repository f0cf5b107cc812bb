import GRDB

/// How `Library.articles(limit:offset:order:unreadOnly:)` orders the articles; ties fall back to
/// newest first.
public enum ArticleOrder: String, Sendable, CaseIterable, Codable {
    /// Newest first, undated articles last (the default).
    case date
    /// Most quotes first.
    case quotes
    /// By title, alphabetically, case and accents aside ("Élections" between "Débat" and "Fin").
    case title

    /// The SQL `ORDER BY` terms for the `article` table, with `quotes` a column of the query.
    var sql: String {
        switch self {
        case .date: return "date DESC, id DESC"
        case .quotes: return "quotes DESC, date DESC, id DESC"
        case .title:
            return
                "title COLLATE \(DatabaseCollation.localizedCaseInsensitiveCompare.name), date DESC, id DESC"
        }
    }
}
