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

    @Argument(help: "Article files (UTF-8 text, one paragraph per line), directories, or - for standard input.")
    var paths: [String] = []

    @Flag(
        name: .customLong("jsonl"),
        help: """
            Batch mode: read one JSON article per line on standard input ({"id", "text"} or \
            {"id", "html"}) and write one analysis per line, streaming (see docs/scale.md).
            """)
    var jsonlBatch = false

    mutating func run() throws {
        if jsonlBatch {
            try runBatch()
            return
        }
        var reader = ArticleInputReader()
        let paths = self.paths.isEmpty ? ["-"] : self.paths
        let analyzer = Analyzer()
        var outputs: [Analysis] = []
        let articles = reader.read(paths: paths)
        let out = FileHandle.standardOutput
        for article in articles {
            let analysis = analyzer.analyze(text: article.text, id: article.id)
            switch format {
            case .jsonl:
                out.write(AnalysisJSON.encode(analysis, pretty: false))
                out.write(Data("\n".utf8))
            case .text:
                out.write(Data(AnalysisText.render(analysis).utf8))
            case .json:
                outputs.append(analysis)
            }
        }
        if format == .json {
            if outputs.count == 1 {
                out.write(AnalysisJSON.encode(outputs[0], pretty: true))
                out.write(Data("\n".utf8))
            } else if !outputs.isEmpty || !reader.hadErrors {
                out.write(AnalysisJSON.encode(outputs, pretty: true))
                out.write(Data("\n".utf8))
            }
        }
        if reader.hadErrors { throw ExitCode(1) }
    }
}
