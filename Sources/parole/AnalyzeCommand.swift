import ArgumentParser
import Foundation
import ParoleKit

/// `parole analyze`: prints the analysis of articles, headless.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the analysis of articles: entities, quotes, speakers, actors.",
        discussion: """
            With one article, --format json prints one JSON document; with several, a JSON array. \
            --format jsonl prints one document per line. Offsets are Unicode scalar offsets.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Option(name: .shortAndLong, help: "Output format: json, jsonl or text.")
    var format: Format = .json

    @Argument(
        help:
            "Article files (UTF-8 text, one paragraph per line), HTML pages, RSS/Atom feeds, http(s) URLs, directories, or - for standard input."
    )
    var paths: [String] = []

    @Flag(
        name: .customLong("jsonl"),
        help: """
            Batch mode: read one JSON article per line on standard input ({"id", "text"} or \
            {"id", "html"}) and write one analysis per line, streaming (see docs/scale.md).
            """)
    var jsonlBatch = false

    @OptionGroup var limits: InputOptions

    mutating func run() throws {
        if jsonlBatch {
            try runBatch()
            return
        }
        var reader = ArticleInputReader()
        let paths = self.paths.isEmpty ? ["-"] : self.paths
        let analyzer = Analyzer()
        let out = FileHandle.standardOutput
        let newline = Data("\n".utf8)
        // With --format json, one article prints as one document and several as an array: the
        // first analysis waits until the second shows which; later ones are written as they come.
        var pending: (Analysis, ArticleInput)?
        var count = 0
        reader.read(paths: paths) { article in
            let analysis = analyzer.analyze(text: article.text, id: article.id)
            count += 1
            switch format {
            case .jsonl:
                out.write(
                    AnalysisPageFields.adding(
                        article, to: AnalysisJSON.encode(analysis, pretty: false), pretty: false))
                out.write(newline)
            case .text:
                out.write(Data(AnalysisText.render(analysis).utf8))
            case .json:
                if count == 1 {
                    pending = (analysis, article)
                    return
                }
                if let first = pending {
                    out.write(Data("[\n".utf8))
                    out.write(
                        AnalysisPageFields.adding(
                            first.1, to: AnalysisJSON.encode(first.0, pretty: true), pretty: true))
                    pending = nil
                }
                out.write(Data(",\n".utf8))
                out.write(
                    AnalysisPageFields.adding(
                        article, to: AnalysisJSON.encode(analysis, pretty: true), pretty: true))
            }
        }
        if format == .json {
            if let only = pending {
                out.write(
                    AnalysisPageFields.adding(
                        only.1, to: AnalysisJSON.encode(only.0, pretty: true), pretty: true))
                out.write(newline)
            } else if count > 1 {
                out.write(Data("\n]\n".utf8))
            } else if !reader.hadErrors {
                out.write(Data("[]\n".utf8))
            }
        }
        reader.reportOtherLanguages()
        if reader.hadErrors { throw ExitCode(1) }
    }
}
