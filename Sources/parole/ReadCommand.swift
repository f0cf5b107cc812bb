import ArgumentParser
import Foundation
import ParoleKit
import ParoleReader
import ParoleTerminal

/// `parole [read] FILE...|DIR|-`: the full-screen reader (the default subcommand).
///
/// When standard output is not a terminal, prints the text analysis instead.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open articles in the full-screen reader (the default command).",
        discussion: """
            Several articles or a directory open the article list. Keys: press ? in the reader, \
            or see docs/keys.md. With standard output not a terminal, prints the text analysis. \
            A .json file is read as an analysis printed by `parole analyze`.
            """
    )

    @Argument(help: "Article files (UTF-8 text, one paragraph per line), directories, analysis .json files, or - for standard input.")
    var paths: [String] = []

    @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(name: .customLong("render"), help: .hidden)
    var renderSize: String?

    @Option(name: .customLong("keys"), help: .hidden)
    var keyScript: String?

    mutating func run() throws {
        var paths = self.paths
        if paths.isEmpty {
            guard isatty(0) == 0 else {
                throw ValidationError("give an article file, a directory, or - to read standard input")
            }
            paths = ["-"]
        }
        let (articles, hadErrors) = ArticleLibraryLoader.load(paths: paths)
        guard !articles.isEmpty else { throw ExitCode(1) }
        let noColor = self.noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if let renderSize {
            try printFrame(articles, size: renderSize, colors: !noColor)
            return
        }
        guard isatty(1) != 0 else {
            let out = FileHandle.standardOutput
            for article in articles { out.write(Data(AnalysisText.render(article.analysis).utf8)) }
            if hadErrors { throw ExitCode(1) }
            return
        }
        try runReader(articles, colors: !noColor)
        if hadErrors { throw ExitCode(1) }
    }

    /// Prints the frame after the hidden `--keys` script, as text, for captures and tests.
    private func printFrame(_ articles: [ArticleModel], size: String, colors: Bool) throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--render takes a size like 120x40") }
        var state = ReaderState(articles: articles, size: TerminalSize(width: parts[0], height: parts[1]),
                                usesColor: colors)
        for key in KeyScript.keys(keyScript ?? "") { state.handle(key) }
        print(state.render().text)
    }

    private func runReader(_ articles: [ArticleModel], colors: Bool) throws {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            StandardError.print("parole: warning: the locale is not UTF-8; accented letters may not show (try LANG=C.UTF-8)")
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        // Keys come from the terminal even when the article came from standard input.
        guard let input = isatty(0) != 0 ? fdopen(0, "r") : fopen("/dev/tty", "r"),
            let output = fdopen(1, "w")
        else {
            StandardError.print("parole: \(TerminalError.noTerminal)")
            throw ExitCode(2)
        }
        ReaderSession.installSignalHandlers()
        let terminal: Terminal
        do {
            terminal = try Terminal(input: input, output: output, colors: colors)
        } catch let error as TerminalError {
            StandardError.print("parole: \(error)")
            throw ExitCode(2)
        }
        let environment = ProcessInfo.processInfo.environment
        let session = ReaderSession(
            timingLog: environment["PAROLE_BENCH_TIMINGS"],
            exitAfterFirstFrame: environment["PAROLE_BENCH_FIRST_FRAME"] != nil)
        var state = ReaderState(articles: articles, size: terminal.size, usesColor: terminal.usesColor)
        session.run(&state, on: terminal)
        terminal.close()
    }
}
