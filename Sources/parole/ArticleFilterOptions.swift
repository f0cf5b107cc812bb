import ArgumentParser
import Foundation
import ParoleLibrary

/// The options that choose the library's articles by date (``DateRangeOptions``), site or
/// number, shared by `quotes`
/// and `stats` (which counts what `quotes` lists with the same filters).
struct ArticleFilterOptions: ParsableArguments {
    @OptionGroup var dates: DateRangeOptions

    @Option(
        help: ArgumentHelp(
            "Only articles of this site (its host name, or `local` for files).", valueName: "host"))
    var site: String?

    @Option(help: ArgumentHelp("Only this article (number, path or URL).", valueName: "article"))
    var article: String?

    /// Where `--since` starts (``DateRangeOptions/sinceDate()``).
    func sinceDate() throws -> ArticleDateLimit? { try dates.sinceDate() }

    /// Where `--until` stops (``DateRangeOptions/untilDate()``).
    func untilDate() throws -> ArticleDateLimit? { try dates.untilDate() }

    /// The filters given, as words that follow "no quotes" (" of lemonde.fr since 2013 until
    /// 2014-06 in article 12"), empty when there is none: an empty answer names what emptied it.
    var described: String {
        var words = ""
        if let site { words += " of \(site)" }
        if let since = dates.since { words += " since \(since)" }
        if let until = dates.until { words += " until \(until)" }
        if let article { words += " in article \(article)" }
        return words
    }

    /// The library's number of the article `--article` names; a one-line error when there is none.
    func articleId(in library: Library) throws -> Int64? {
        try article.map { try CorrectCommand.articleId($0, in: library) }
    }
}
