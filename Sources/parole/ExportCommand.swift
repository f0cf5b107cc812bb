import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole export`: the whole library as JSON lines.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole library as JSON lines: one article with its analysis per line."
    )

    @OptionGroup var options: LibraryOptions

    /// One line of the export.
    struct Record: Encodable {
        var id: Int64
        var source: String
        var date: String?
        var link: String?
        var author: String?
        var hash: String
        var analysis: Analysis
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        let out = FileHandle.standardOutput
        try reportingLibraryErrors { () throws(LibraryError) in
            try library.forEachArticle { article, entry in
                let record = Record(
                    id: article.summary.id, source: entry.source,
                    date: entry.date.map { ISO8601DateFormatter().string(from: $0) }, link: entry.link,
                    author: entry.author, hash: article.hash, analysis: article.analysis)
                var line = AnalysisJSON.encode(record, pretty: false)
                line.append(0x0A)
                out.write(line)
            }
        }
    }
}
