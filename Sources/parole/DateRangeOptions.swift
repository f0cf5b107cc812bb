import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `--since` and `--until`: the library's articles by date, for `list`, `quotes`, `stats`,
/// `actors` and `export`. A day, month or year is each article's own: the day it was published
/// where it was, as `list` prints it (``PublicationDay``), not the day of its instant in UTC.
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

    /// Refuses a `--since` that starts where no article before `--until` can be
    /// (``ArticleDateLimit/excludesEveryArticle(since:until:)``: a range no article is in), and a
    /// value that is no date: usage errors, told before the library opens.
    func validate() throws {
        guard let since = try sinceDate(), let until = try untilDate(),
            ArticleDateLimit.excludesEveryArticle(since: since, until: until)
        else { return }
        throw ValidationError(
            "--since \(TerminalSafeText.line(self.since ?? "")) is not before --until "
                + "\(TerminalSafeText.line(self.until ?? "")): no article is in that range")
    }

    /// The first day or instant `--since` takes; a one-line usage error when it is no date.
    func sinceDate() throws -> ArticleDateLimit? { try since.map(DayFormat.since) }

    /// The day or instant `--until` stops before; a one-line usage error when it is no date.
    func untilDate() throws -> ArticleDateLimit? { try until.map(DayFormat.until) }
}
