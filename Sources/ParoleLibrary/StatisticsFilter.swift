import Foundation

/// What part of the library statistics are about.
public struct StatisticsFilter: Sendable, Equatable {
    /// Only quotes of these library actors.
    public var actorIds: [Int64]?
    /// Only articles dated this day or later.
    public var since: Date?
    /// Only articles dated before this instant.
    public var until: Date?
    /// Only articles of this site (see `QuoteStatistics.bySite`).
    public var site: String?
    /// Only this article.
    public var articleId: Int64?

    /// A filter; nothing set means the whole library.
    public init(
        actorIds: [Int64]? = nil, since: Date? = nil, until: Date? = nil, site: String? = nil,
        articleId: Int64? = nil
    ) {
        self.actorIds = actorIds
        self.since = since
        self.until = until
        self.site = site
        self.articleId = articleId
    }
}
