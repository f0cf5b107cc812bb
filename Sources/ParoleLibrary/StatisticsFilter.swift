import Foundation

/// What part of the library statistics are about.
public struct StatisticsFilter: Sendable, Equatable {
    /// Only quotes of these library actors.
    public var actorIds: [Int64]?
    /// Only articles dated from this limit (published this day or later, or dated at or after
    /// this instant).
    public var since: ArticleDateLimit?
    /// Only articles dated before this limit (published on an earlier day, or dated before this
    /// instant).
    public var until: ArticleDateLimit?
    /// Only articles of this site (see `QuoteStatistics.bySite`).
    public var site: String?
    /// Only this article.
    public var articleId: Int64?

    /// A filter; nothing set means the whole library.
    public init(
        actorIds: [Int64]? = nil, since: ArticleDateLimit? = nil, until: ArticleDateLimit? = nil,
        site: String? = nil,
        articleId: Int64? = nil
    ) {
        self.actorIds = actorIds
        self.since = since
        self.until = until
        self.site = site
        self.articleId = articleId
    }
}
