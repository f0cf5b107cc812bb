import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole list`: the library's articles, one per line, with the number other commands take
/// (`parole correct 12`, `stats --article 12`), as `newsboat -x print-unread` or `ls` list
/// without opening the reader.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles: number, date, quotes, title (newest first).",
        discussion: """
            One article per line, tab-separated: the article's number (what `parole correct`, \
            `stats --article` and `read` take), its date, its quotes, a ● when unread, and its \
            title. When more articles are left out than --limit lists, a note on standard error \
            says how many.
            """
    )

    /// The orders `--sort` takes.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case date, quotes, title

        var articleOrder: ArticleOrder {
            switch self {
            case .date: return .date
            case .quotes: return .quotes
            case .title: return .title
            }
        }
    }

    @OptionGroup var options: LibraryOptions

    @Option(parsing: .unconditional, help: "At most this many articles.")
    var limit: Int = 50

    @Option(
        parsing: .unconditional,
        help: "Leave out this many articles first: the next page (--offset 50 after the first 50).")
    var offset: Int = 0

    @Option(help: "Order: date (newest first), quotes (most first) or title.")
    var sort: Order = .date

    @Flag(help: "Only the articles not marked read.")
    var unread = false

    @OptionGroup var dates: DateRangeOptions

    @Option(
        help: ArgumentHelp(
            "Only articles of this site (its host name, or `local` for files).", valueName: "host"))
    var site: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    mutating func run() throws {
        guard limit > 0 else {
            throw ValidationError("--limit must be at least 1")
        }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        let since = try dates.sinceDate()
        let until = try dates.untilDate()
        let library = try options.open(create: false)
        let (articles, total, chosen) = try reportingLibraryErrors {
            () throws(LibraryError) -> ([ArticleSummary], Int, Int) in
            (
                try library.articles(
                    limit: limit, offset: offset, order: sort.articleOrder, unreadOnly: unread, since: since,
                    until: until,
                    site: site),
                try library.articleCount(),
                try library.articleCount(unreadOnly: unread, since: since, until: until, site: site)
            )
        }
        if json { return try JSONOutput.write(articles) }
        if total == 0 {
            StandardError.print(
                "parole: the library at \(options.path) is empty: `parole add FILE|DIR|URL...` fills it")
            return
        }
        for article in articles {
            let title = TerminalSafeText.line(SearchCommand.oneLine(article.title))
            print(
                "\(article.id)\t\(DayFormat.listedDay(article.date, offset: article.dateOffset))\t\(article.quotes)\t"
                    + (article.isRead ? "" : "● ") + title)
        }
        let kind = unread ? "unread articles" : "articles"
        let dated = (since != nil || until != nil ? " of those dates" : "") + (site.map { " of \($0)" } ?? "")
        if articles.isEmpty, offset > 0 {
            StandardError.print("parole: --offset \(offset) leaves none of the \(chosen) \(kind)\(dated)")
        } else if offset > 0 {
            let next =
                offset + articles.count < chosen ? "; --offset \(offset + articles.count) for the next" : ""
            StandardError.print(
                "parole: \(offset + 1)–\(offset + articles.count) of \(chosen) \(kind)\(dated) listed\(next)")
        } else if articles.count == limit, chosen > limit {
            StandardError.print("parole: \(limit) of \(chosen) \(kind)\(dated) listed; --limit N lists more")
        }
    }
}
