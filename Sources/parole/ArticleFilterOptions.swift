import ArgumentParser
import Foundation
import ParoleLibrary

/// The options that choose the library's articles by date, site or number, shared by `quotes`
/// and `stats` (which counts what `quotes` lists with the same filters).
struct ArticleFilterOptions: ParsableArguments {
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

    @Option(
        help: ArgumentHelp(
            "Only articles of this site (its host name, or `local` for files).", valueName: "host"))
    var site: String?

    @Option(help: ArgumentHelp("Only this article (number, path or URL).", valueName: "article"))
    var article: String?

    /// The first instant `--since` takes; a one-line usage error when it is no date.
    func sinceDate() throws -> Date? { try since.map(DayFormat.since) }

    /// The instant `--until` stops before; a one-line usage error when it is no date.
    func untilDate() throws -> Date? { try until.map(DayFormat.until) }

    /// The library's number of the article `--article` names; a one-line error when there is none.
    func articleId(in library: Library) throws -> Int64? {
        try article.map { try CorrectCommand.articleId($0, in: library) }
    }
}
