import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole export`: the whole library as JSON lines, or as a gold evaluation set.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole library as JSON lines: one article with its analysis per line.",
        discussion: """
            With --gold DIR, writes each article as DIR/NAME.txt and DIR/NAME.gold.json in the gold \
            format of the evaluation guidelines, with the corrected speakers: score Parole on it \
            with `score.py DIR -- parole analyze`.
            """
    )

    @OptionGroup var options: LibraryOptions

    @OptionGroup var dates: DateRangeOptions

    @Option(
        help: ArgumentHelp(
            "Write a gold evaluation set into this (new or empty) directory.", valueName: "dir"))
    var gold: String?

    /// One line of the export but its analysis, which ``line(_:analysis:)`` writes first.
    struct Record: Encodable {
        var id: Int64
        var source: String
        /// The publication date in ISO 8601, with the offset its source wrote it in when known
        /// (``DayFormat/dateTime(_:offset:)``): its day is the one the citation names.
        var date: String?
        /// The article's web address (``WebAddress/of(link:source:)``), as citations and
        /// `parole quotes` print it: never a `javascript:` or `data:` link, which a page or a
        /// spreadsheet built from the export would make clickable, nor a path of this machine.
        var link: String?
        var author: String?
        var site: String?
        var language: String?
        var hash: String
    }

    /// The JSON line of `record` with its `analysis`, keys sorted ("analysis" first): the analysis
    /// by ParoleKit's own writer, the same bytes as the generic encoder's at a fraction of its
    /// time, the other keys by the generic encoder.
    static func line(_ record: Record, analysis: Analysis) -> Data {
        var line = Data("{\"analysis\":".utf8)
        line.append(AnalysisJSON.encode(analysis, pretty: false))
        line.append(UInt8(ascii: ","))
        line.append(AnalysisJSON.encode(record, pretty: false).dropFirst())
        line.append(0x0A)
        return line
    }

    mutating func run() throws {
        let since = try dates.sinceDate()
        let until = try dates.untilDate()
        let library = try options.open(create: false)
        if let gold { return try writeGold(library, into: gold, since: since, until: until) }
        let out = FileHandle.standardOutput
        var count = 0
        try reportingLibraryErrors { () throws(LibraryError) in
            try library.forEachArticle(since: since, until: until) { article, entry in
                let record = Record(
                    id: article.summary.id, source: entry.source,
                    date: entry.date.map { DayFormat.dateTime($0, offset: entry.dateOffset) },
                    link: WebAddress.of(link: entry.link, source: entry.source),
                    author: entry.author, site: entry.site, language: entry.language, hash: article.hash)
                out.write(Self.line(record, analysis: article.analysis))
                count += 1
            }
        }
        // An empty export is no error, but the dates that emptied it are named.
        if count == 0 && (since != nil || until != nil) {
            StandardError.print("parole: no article of those dates")
        }
    }

    /// Writes every article of `library` as `NAME.txt` and `NAME.gold.json` into `directory`,
    /// which must be new or empty: nothing of the user's is overwritten; with `since` / `until`,
    /// only the articles of those dates.
    private func writeGold(
        _ library: Library, into directory: String, since: ArticleDateLimit?, until: ArticleDateLimit?
    ) throws {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            StandardError.print("parole: \(directory) is not empty; give a new or empty directory for --gold")
            throw ExitCode(1)
        }
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            StandardError.print("parole: cannot create \(directory)")
            throw ExitCode(1)
        }
        var used: Set<String> = []
        var count = 0
        var unattributed = 0
        var failure: String?
        try reportingLibraryErrors { () throws(LibraryError) in
            try library.forEachArticle(since: since, until: until) { article, _ in
                guard failure == nil else { return }
                var name = GoldFile.fileName(article.analysis.id)
                if used.contains(name.lowercased()) { name += "-\(article.summary.id)" }
                used.insert(name.lowercased())
                let base = (directory as NSString).appendingPathComponent(name)
                do {
                    try Data(article.analysis.text.utf8).write(to: URL(fileURLWithPath: base + ".txt"))
                    try GoldFile(article.analysis, id: name).json.write(
                        to: URL(fileURLWithPath: base + ".gold.json"))
                    count += 1
                    unattributed += article.analysis.quotes.count { $0.speaker == nil }
                } catch {
                    failure = base
                }
            }
        }
        if let failure {
            StandardError.print("parole: cannot write \(failure).txt / .gold.json")
            throw ExitCode(1)
        }
        print(
            "wrote \(count) \(count == 1 ? "article" : "articles") (NAME.txt and NAME.gold.json) to \(directory)"
        )
        if unattributed > 0 {
            // score.py has no "unknown" speaker: such a quote counts as a wrong speaker.
            print(
                "\(unattributed) \(unattributed == 1 ? "quote has" : "quotes have") no speaker: "
                    + "score.py counts them as wrong speakers until `parole correct` gives one")
        }
    }
}
