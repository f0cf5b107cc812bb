import Foundation
import GRDB
import Testing

@testable import ParoleLibrary

/// `--since` and `--until` by day, and the statistics by month, count each article on the day it
/// was published where it was (``PublicationDay``), as `parole list` prints it, not on the day
/// of its instant in UTC.
@Suite final class PublicationDayFilterTests: LibrarySuite {
    /// The articles around midnight between 28 February and 1 March 2026: their name, stored
    /// instant (UTC), the offset their source wrote the date in, and the day published.
    static let articles: [(name: String, instant: String, offset: Int?, day: String)] = [
        // 2026-03-01T00:30:00+01:00 (Paris).
        ("paris", "2026-02-28T23:30:00Z", 3600, "2026-03-01"),
        // 2026-02-28T20:00:00-05:00 (Montréal): the 1st in UTC.
        ("montreal", "2026-03-01T01:00:00Z", -18_000, "2026-02-28"),
        // 2026-03-01T08:00:00+12:00 (Auckland).
        ("auckland", "2026-02-28T20:00:00Z", 43_200, "2026-03-01"),
        // 2026-03-01T00:30:00+14:00 (Kiritimati), the farthest east.
        ("kiritimati", "2026-02-28T10:30:00Z", 50_400, "2026-03-01"),
        // 2026-02-28T23:30:00-12:00, the farthest west.
        ("baker", "2026-03-01T11:30:00Z", -43_200, "2026-02-28"),
        // A day alone: written with a zero offset, or stored before offsets were kept.
        ("day-zero", "2026-03-01T00:00:00Z", 0, "2026-03-01"),
        ("day-old", "2026-03-01T00:00:00Z", nil, "2026-03-01"),
        // A dateline's day, stored at noon without an offset.
        ("dateline", "2026-02-28T12:00:00Z", nil, "2026-02-28"),
        // A date in UTC at the end of a month: Paris's 1 March, Montréal's 28 February.
        ("utc", "2026-02-28T23:30:00Z", nil, "zone"),
    ]

    override init() throws {
        try super.init()
        for (index, article) in Self.articles.enumerated() {
            var entry = LibraryEntry(
                source: "test:\(article.name)", date: ISO8601DateFormatter().date(from: article.instant))
            entry.dateOffset = article.offset
            try library.add(
                entry,
                analysis: Fixture.analysis(
                    article.name, title: "Article \(article.name)",
                    speakers: [.init(name: "Personne \(index)", quotes: ["Propos \(article.name)"])]))
        }
        try library.add(
            LibraryEntry(source: "test:undated"),
            analysis: Fixture.analysis(
                "undated", title: "Sans date", speakers: [.init(name: "Sans Date", quotes: ["Propos"])]))
    }

    /// The names of the articles published on `day` or later (`later`), or before it, reading
    /// a date in UTC in `zone`.
    static func names(from day: String, later: Bool, zone: TimeZone = .current) -> Set<String> {
        Set(
            articles.filter { article in
                let published =
                    article.day != "zone"
                    ? article.day
                    : PublicationDay.string(
                        of: ISO8601DateFormatter().date(from: article.instant)!, offset: nil, zone: zone)
                return (published >= day) == later
            }.map(\.name))
    }

    static let march = Fixture.limit("2026-03-01")

    @Test func sinceADayTakesTheArticlesPublishedThatDayWhereTheyWere() throws {
        let listed = try library.articles(since: Self.march).map { String($0.source.dropFirst(5)) }
        #expect(Set(listed) == Self.names(from: "2026-03-01", later: true))
        #expect(listed.contains("paris") && listed.contains("kiritimati") && !listed.contains("montreal"))
        #expect(try library.articleCount(unreadOnly: false, since: Self.march, until: nil) == listed.count)
    }

    @Test func untilADayLeavesOutTheArticlesPublishedThatDayWhereTheyWere() throws {
        let listed = Set(try library.articles(until: Self.march).map { String($0.source.dropFirst(5)) })
        #expect(listed == Self.names(from: "2026-03-01", later: false))
        #expect(listed.contains("montreal") && listed.contains("baker") && !listed.contains("paris"))
        // Every dated article is on one side of the day; the undated one on neither.
        let since = Set(try library.articles(since: Self.march).map(\.source))
        #expect(listed.count + since.count == Self.articles.count)
    }

    @Test func aDayIsTheDayListPrintsForEveryArticle() throws {
        for summary in try library.articles() {
            guard let date = summary.date else { continue }
            let day = PublicationDay.string(of: date, offset: summary.dateOffset)
            let parts = day.split(separator: "-").compactMap { Int($0) }
            let limit = ArticleDateLimit.day(year: parts[0], month: parts[1], day: parts[2])
            let next = ArticleDateLimit.day(
                daysSince1970: PublicationDay.days(of: date, offset: summary.dateOffset) + 1)
            let sameDay = try library.articles(since: limit, until: next).map(\.id)
            #expect(sameDay.contains(summary.id), "\(summary.source) on \(day)")
        }
    }

    @Test func aDateInUTCIsReadInTheZoneTheFilterIsGiven() throws {
        for identifier in ["Europe/Paris", "America/Montreal", "Pacific/Auckland", "UTC"] {
            let zone = try #require(TimeZone(identifier: identifier))
            let dates = ArticleDateConditions(since: Self.march, until: nil, zone: zone)
            let names = try library.read { db in
                dates.register(in: db)
                return try String.fetchAll(
                    db,
                    sql: "SELECT source FROM article WHERE \(dates.conditions.joined(separator: " AND "))",
                    arguments: dates.arguments)
            }
            let expected = Self.names(from: "2026-03-01", later: true, zone: zone)
            #expect(Set(names.map { String($0.dropFirst(5)) }) == expected, "\(identifier)")
            #expect(expected.contains("utc") == (identifier != "America/Montreal" && identifier != "UTC"))
        }
    }

    @Test func anInstantStillCutsAtThatInstant() throws {
        let instant = ArticleDateLimit.instant(ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z")!)
        let listed = Set(try library.articles(since: instant).map { String($0.source.dropFirst(5)) })
        #expect(listed == ["montreal", "baker", "day-zero", "day-old"])
    }

    @Test func quotesActorsStatisticsAndTheExportAgreeWithTheListing() throws {
        let listed = Set(try library.articles(since: Self.march).map(\.title))
        let quoted = try library.quotes(since: Self.march)
        #expect(Set(quoted.map(\.articleTitle)) == listed)
        #expect(try library.statistics(StatisticsFilter(since: Self.march)).quotes == quoted.count)
        #expect(try library.actors(top: nil, kind: nil, since: Self.march, until: nil).count == quoted.count)
        var exported: Set<String> = []
        try library.forEachArticle(since: Self.march) { article, _ in exported.insert(article.analysis.title)
        }
        #expect(exported == listed)
        let said = try #require(try library.quotes(saying: "Propos", since: Self.march))
        #expect(Set(said.quotes.map(\.articleTitle)) == listed)
    }

    @Test func statisticsCountEachQuoteInTheMonthItsArticleWasPublished() throws {
        let byMonth = try library.statistics().byMonth
        let march = Self.names(from: "2026-03-01", later: true).count
        #expect(byMonth["2026-03"] == march)
        #expect(byMonth["2026-02"] == Self.articles.count - march)
        #expect(byMonth["undated"] == 1)
        #expect(Library.month(date: "2026-02-28T23:30:00Z", offset: 3600) == "2026-03")
        #expect(Library.month(date: "2026-03-01T01:00:00Z", offset: -18_000) == "2026-02")
        #expect(Library.month(date: nil, offset: nil) == "undated")
    }

    @Test func aDayFilterNarrowsByTheIndexedDateFirst() throws {
        let dates = ArticleDateConditions(since: Self.march, until: Self.march)
        let plan = try library.read { db in
            dates.register(in: db)
            return try Row.fetchAll(
                db,
                sql: "EXPLAIN QUERY PLAN SELECT id FROM article WHERE "
                    + dates.conditions.joined(separator: " AND ") + " ORDER BY date DESC, id DESC",
                arguments: dates.arguments
            ).map { $0["detail"] as String }
        }
        #expect(
            plan.contains {
                $0.contains("USING INDEX article_order") || $0.contains("USING COVERING INDEX article_order")
            }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN article") && !$0.contains("INDEX") }, "\(plan)")
    }

    @Test func aRangeIsEmptyOnlyWhenNoArticleCanBeInIt() throws {
        let first = Fixture.limit("2026-03-01")
        let evening = ArticleDateLimit.instant(ISO8601DateFormatter().date(from: "2026-02-28T23:45:00Z")!)
        #expect(ArticleDateLimit.excludesEveryArticle(since: first, until: first))
        #expect(!ArticleDateLimit.excludesEveryArticle(since: first, until: Fixture.limit("2026-03-02")))
        #expect(ArticleDateLimit.excludesEveryArticle(since: evening, until: evening))
        // Paris's 1 March at 00:30 is 23:30 UTC the day before: in both.
        #expect(!ArticleDateLimit.excludesEveryArticle(since: first, until: evening))
        let mixed = try library.articles(since: first, until: evening).map { String($0.source.dropFirst(5)) }
        #expect(mixed.contains("kiritimati") && mixed.contains("auckland") && mixed.contains("paris"))
        let long = ArticleDateLimit.instant(ISO8601DateFormatter().date(from: "2026-02-20T00:00:00Z")!)
        #expect(ArticleDateLimit.excludesEveryArticle(since: first, until: long))
    }
}
