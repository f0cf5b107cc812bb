import GRDB

/// The SQL function telling an article's site in a query (``Library/site(source:link:name:)``,
/// lower case), so that a query filtered by site keeps its SQL `LIMIT`: the rows past the limit
/// are never read.
enum ArticleSite {
    /// `paroleSite(source, link, site)`: the article's site, lower case. Added to the
    /// connection before a query that calls it.
    static let function = DatabaseFunction("paroleSite", argumentCount: 3, pure: true) { values in
        guard let source = String.fromDatabaseValue(values[0]) else { return nil }
        return Library.site(
            source: source, link: String.fromDatabaseValue(values[1]),
            name: String.fromDatabaseValue(values[2])
        ).lowercased()
    }

    /// The condition on the `article` table of articles of site `site` (one argument, which
    /// ``argument(_:)`` gives).
    static let condition = "\(function.name)(article.source, article.link, article.site) = ?"

    /// The condition on `quote.articleId` of quotes of articles of site `site` (one argument,
    /// which ``argument(_:)`` gives): each article's site is told once, not once per quote.
    static let articleIdCondition =
        "quote.articleId IN (SELECT sited.id FROM article AS sited WHERE "
        + "\(function.name)(sited.source, sited.link, sited.site) = ?)"

    /// The argument of ``condition`` and ``articleIdCondition`` for site `site`, as a user typed it.
    static func argument(_ site: String) -> String { site.lowercased() }
}
