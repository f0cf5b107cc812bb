import ArgumentParser
import Foundation

/// `--since` and `--until`: the library's articles by date, for `list`, `quotes` and `stats`.
struct DateRangeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only articles dated this day (or month, yyyy-mm; or year, yyyy) or later.",
            valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(
        help: ArgumentHelp(
            "Only articles dated this day (or month, or year) or earlier (a date-time: before that instant).",
            valueName: "yyyy-mm-dd"))
    var until: String?

    /// The first instant `--since` takes; a one-line usage error when it is no date.
    func sinceDate() throws -> Date? { try since.map(DayFormat.since) }

    /// The instant `--until` stops before; a one-line usage error when it is no date.
    func untilDate() throws -> Date? { try until.map(DayFormat.until) }
}
