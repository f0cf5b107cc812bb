import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole stats`: who gets quoted across the library.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Who gets quoted: quotes by kind of speaker and gender, top actors, months, sites.",
        discussion: """
            Counts the quotes `parole quotes` lists with the same filters. Genders are estimated \
            from each article's words and are often unknown; see docs/statistics.md for the method \
            and its limits. Example: parole stats --since 2012-07-01 --format json
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @OptionGroup var options: LibraryOptions

    @Option(help: "Only the quotes of this actor (full name, surname or alias); may be repeated.")
    var actor: [String] = []

    @OptionGroup var articles: ArticleFilterOptions

    @Option(parsing: .unconditional, help: "How many of the most quoted actors to list.")
    var top: Int = 10

    @Option(help: "Output format: text, csv or json.")
    var format: Format = .text

    @OptionGroup var csv: CSVOptions

    func validate() throws {
        try csv.check(formatIsCSV: format == .csv)
        // As `actors --top`: no top at all would read as a library without actors.
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    mutating func run() throws {
        var filter = StatisticsFilter(site: articles.site)
        filter.since = try articles.sinceDate()
        filter.until = try articles.untilDate()
        let library = try options.open(create: false)
        if let id = try articles.articleId(in: library) { filter.articleId = id }
        if !actor.isEmpty {
            var ids: [Int64] = []
            for name in actor {
                let found = try reportingLibraryErrors { () throws(LibraryError) in
                    try library.actors(named: name)
                }
                guard !found.isEmpty else {
                    StandardError.print("parole: no actor named \(name) in the library (see `parole actors`)")
                    throw ExitCode(1)
                }
                ids += found.map(\.id)
                QuotesCommand.noteSeveralActors(named: name, found)
            }
            filter.actorIds = ids
        }
        let stats = try reportingLibraryErrors { () throws(LibraryError) in
            try library.statistics(filter, top: top)
        }
        switch format {
        case .json:
            try JSONOutput.write(stats)
        case .csv:
            // Exact text to a pipe or a file; made safe when printed on a terminal (actor names
            // come from pages).
            var table = CSVTable(
                header: ["section", "key", "quotes", "speakers"], options: csv,
                forTerminal: StandardOutput.isTerminal)
            func row(_ fields: [String]) { table.append(fields) }
            row(["total", "quotes", String(stats.quotes), ""])
            for (kind, count) in stats.byType.sorted(by: { $0.key < $1.key }) {
                row(["by_type", kind, String(count), stats.speakersByType[kind].map(String.init) ?? ""])
            }
            for (gender, count) in stats.people.sorted(by: { $0.key < $1.key }) {
                row(["people", gender, String(stats.peopleQuotes[gender] ?? 0), String(count)])
            }
            for entry in stats.top {
                row(["top", "\(entry.actor) (\(entry.type), \(entry.gender))", String(entry.quotes), ""])
            }
            for (month, count) in stats.byMonth.sorted(by: { $0.key < $1.key }) {
                row(["by_month", month, String(count), ""])
            }
            for (host, count) in stats.bySite.sorted(by: { $0.key < $1.key }) {
                row(["by_site", host, String(count), ""])
            }
            FileHandle.standardOutput.write(table.data)
        case .text:
            let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
            let lines = QuoteStatisticsText.render(stats, width: max(40, width))
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
