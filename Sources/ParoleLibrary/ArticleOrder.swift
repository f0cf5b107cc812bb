import GRDB

/// How `Library.articles(limit:offset:order:unreadOnly:)` orders the articles; ties fall back to
/// newest first.
public enum ArticleOrder: String, Sendable, CaseIterable, Codable {
    /// Newest first, undated articles last (the default).
    case date
    /// Most quotes first.
    case quotes
    /// By title, alphabetically, case and accents aside ("Élections" between "Débat" and "Fin"),
    /// numbers by value ("Acte 9" before "Acte 10").
    case title

    /// The SQL `ORDER BY` terms for the `article` table, with `quotes` a column of the query.
    var sql: String {
        switch self {
        case .date: return "date DESC, id DESC"
        case .quotes: return "quotes DESC, date DESC, id DESC"
        case .title: return "titleKey, date DESC, id DESC"
        }
    }

    /// The columns of `article` that ``sql`` orders by, `quotes` counted, for a subquery whose
    /// ids an outer query orders: `SELECT id FROM (SELECT \(orderedColumns) FROM article …)`.
    static let orderedColumns = """
        article.id, article.date, article.titleKey,
            (SELECT count(*) FROM quote WHERE quote.articleId = article.id) AS quotes
        """

    /// The SQL function giving a title's sort key (``sortKey(_:)``), with which migration
    /// `v10-title-key` filled the `titleKey` column of the articles stored before it; the
    /// library writes the key with each article since, and sorts by the column's index.
    static let titleKey = DatabaseFunction("paroleTitleKey", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(ArticleOrder.sortKey)
    }

    /// The sort key of a title: its `NameKey` (case, accents and punctuation aside) with every
    /// run of digits left-padded with zeros, so that numbers sort by value.
    static func sortKey(_ title: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            guard !digits.isEmpty else { return }
            out += String(repeating: "0", count: max(0, 12 - digits.count)) + digits
            digits = ""
        }
        for character in NameKey.of(title) {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}
