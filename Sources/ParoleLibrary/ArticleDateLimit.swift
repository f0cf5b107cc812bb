import Foundation
import GRDB

/// One end of a range of article dates (`--since`, `--until`): an instant, or the start of a
/// day where each article was published (``PublicationDay``), so that an article published on
/// 2026-03-01 at 00:30+01:00, stored as 2026-02-28T23:30:00Z, is one of `--since 2026-03-01`.
public enum ArticleDateLimit: Sendable, Equatable {
    /// An instant: articles dated at or after it (a lower limit), or before it (an upper limit).
    case instant(Date)
    /// The start of the day `daysSince1970` days after 1970-01-01: articles published that day
    /// or later (a lower limit), or on an earlier day (an upper limit), each on its own day.
    case day(daysSince1970: Int)

    /// The start of the day `year`-`month`-`day` of the proleptic Gregorian calendar.
    public static func day(year: Int, month: Int, day: Int) -> ArticleDateLimit {
        .day(daysSince1970: LibraryDate.days(fromCivil: year, month, day))
    }

    /// The instant of the limit, a day's start read in UTC.
    var approximateInstant: Date {
        switch self {
        case .instant(let date): date
        case .day(let days): Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
        }
    }

    /// Whether no article can be dated from `since` and before `until`: a start at or after the
    /// end, both days or both instants; a day and an instant only when they are further apart
    /// than any article's day can be from its instant (``PublicationDay/largestShift``): 1 March
    /// at 00:30 in Paris is one of `--since 2026-03-01` and of `--until 2026-02-28T23:45:00Z`.
    public static func excludesEveryArticle(since: ArticleDateLimit, until: ArticleDateLimit) -> Bool {
        let gap = until.approximateInstant.timeIntervalSince(since.approximateInstant)
        switch (since, until) {
        case (.instant, .instant), (.day, .day): return gap <= 0
        default: return gap <= -PublicationDay.largestShift
        }
    }
}

/// The SQL conditions on the `article` row of a query of articles dated within a range.
struct ArticleDateConditions {
    /// The conditions, to be joined by AND.
    var conditions: [String] = []
    /// Their arguments, in order.
    var arguments: StatementArguments = []
    /// The function they call, to add to the connection before the query; nil when none.
    var function: DatabaseFunction?

    /// The conditions of articles dated from `since` and before `until`, dates without an offset
    /// read in `zone` (``PublicationDay``). A day's is told by the article's own day, after a
    /// condition on the stored date (indexed) keeps only the articles near enough to that day;
    /// and only for those whose stored date is that near the day's start (less than
    /// ``PublicationDay/largestShift`` from it): a month's thousands of articles are not each
    /// read in a time zone.
    init(since: ArticleDateLimit?, until: ArticleDateLimit?, zone: TimeZone = .current) {
        let day = PublicationDay.function(zone: zone)
        switch since {
        case .instant(let date)?:
            add("article.date >= ?", LibraryDate.string(date))
        case .day(let days)?:
            add("article.date >= ?", Self.start(of: days, shiftedBy: -PublicationDay.largestShift))
            add(
                "(article.date >= ? OR \(day.name)(article.date, article.dateOffset) >= ?)",
                Self.start(of: days, shiftedBy: PublicationDay.largestShift), days)
            function = day
        case nil: break
        }
        switch until {
        case .instant(let date)?:
            add("article.date < ?", LibraryDate.string(date))
        case .day(let days)?:
            add("article.date < ?", Self.start(of: days, shiftedBy: PublicationDay.largestShift))
            add(
                "(article.date < ? OR \(day.name)(article.date, article.dateOffset) < ?)",
                Self.start(of: days, shiftedBy: -PublicationDay.largestShift), days)
            function = day
        case nil: break
        }
    }

    /// Adds the function, if any, to `db`, before the query runs.
    func register(in db: Database) {
        if let function { db.add(function: function) }
    }

    private mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)?...) {
        conditions.append(condition)
        _ = arguments.append(contentsOf: StatementArguments(values))
    }

    /// The stored form of the first instant (UTC) of day `days`, shifted by `shift` seconds.
    private static func start(of days: Int, shiftedBy shift: TimeInterval) -> String? {
        LibraryDate.string(Date(timeIntervalSince1970: TimeInterval(days) * 86_400 + shift))
    }
}
