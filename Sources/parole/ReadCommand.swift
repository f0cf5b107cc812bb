import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary
import ParoleReader
import ParoleTerminal

/// `parole [read] FILE...|DIR|-`: the full-screen reader (the default subcommand).
///
/// When standard output is not a terminal, or one of type `dumb`, prints the text analysis
/// instead.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open articles in the full-screen reader (the default command).",
        discussion: """
            Several articles or a directory open the article list. Keys: press ? in the reader, \
            or see docs/keys.md. With standard output not a terminal (or TERM=dumb), prints the text \
            analysis. \
            A .json file is read as an analysis printed by `parole analyze`. Keys and colours can be \
            changed in $XDG_CONFIG_HOME/parole/config (newsboat syntax: bind-key, unbind-key, \
            color, set theme; see docs/keys.md).
            """
    )

    @Argument(
        help:
            "Article files (UTF-8 text, one paragraph per line), HTML pages, RSS/Atom feeds, http(s) URLs, directories, analysis .json files, - for standard input, or library article numbers (as `parole list` shows them)."
    )
    var paths: [String] = []

    @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(
        name: .customLong("library"),
        help: ArgumentHelp(
            "Open this library (default with no article given: $PAROLE_LIBRARY, else "
                + "$XDG_DATA_HOME/parole/library.sqlite, else ~/.local/share/parole/library.sqlite).",
            valueName: "path"))
    var libraryPath: String?

    @Option(name: .customLong("search"), help: "Open the library's articles holding these words.")
    var librarySearch: String?

    @Option(name: .customLong("actor"), help: "Open the library's articles naming this actor.")
    var libraryActor: String?

    @Option(
        name: .customLong("limit"), parsing: .unconditional,
        help: "Open at most this many library articles, newest first.")
    var libraryLimit: Int = 100

    @Option(
        name: .customLong("theme"),
        help: ArgumentHelp(
            "Colours for a dark or light background (default: the config file's `set theme`, else "
                + "COLORFGBG, else dark).", valueName: "dark|light"))
    var theme: ThemeBackground?

    @Option(name: .customLong("render"), help: .hidden)
    var renderSize: String?

    @Option(name: .customLong("keys"), help: .hidden)
    var keyScript: String?

    @Flag(name: .customLong("ansi"), help: .hidden)
    var ansi = false

    @OptionGroup var limits: InputOptions

    func validate() throws {
        // `parole --library PATH list`: the command after an option was read as a file to open.
        if let misplaced = MistypedCommand.misplaced(
            in: paths, arguments: Array(CommandLine.arguments.dropFirst()), root: Parole.self)
        {
            StandardError.print("parole: " + TerminalSafeText.line(misplaced.message))
            throw ExitCode.validationFailure
        }
        guard libraryLimit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let librarySearch, !librarySearch.contains(where: { $0.isLetter || $0.isNumber }) {
            throw ValidationError("--search needs at least one word (letters or digits)")
        }
    }

    mutating func run() throws {
        var paths = self.paths
        let numbers = Self.articleNumbers(paths)
        let opensLibrary =
            numbers != nil
            || paths.isEmpty
                && (libraryPath != nil || librarySearch != nil || libraryActor != nil
                    || !Self.standardInputCarriesText)
        if paths.isEmpty && !opensLibrary {
            paths = ["-"]
        }
        let environment = ProcessInfo.processInfo.environment
        let drawsScreen = isatty(1) != 0 && Self.terminalDrawsScreens(term: environment["TERM"])
        let interactive = renderSize == nil && drawsScreen
        var actorNames: [String] = []
        var actorIsSeveralPeople = false
        var libraryTotal: Int?
        let library: ArticleLibraryLoader.Library
        if opensLibrary {
            let stored = try LibraryArticles.load(
                path: LibraryLocation.path(option: libraryPath), search: librarySearch, actor: libraryActor,
                numbers: numbers, limit: libraryLimit)
            actorNames = stored.actorNames
            actorIsSeveralPeople = stored.actorIsSeveralPeople
            libraryTotal = stored.total
            library = ArticleLibraryLoader.Library(articles: stored.articles, pending: [], hadErrors: false)
        } else {
            library = ArticleLibraryLoader.load(paths: paths, analyseNow: !interactive)
        }
        let articles = library.articles
        let source =
            opensLibrary
            ? LibrarySource.opening(path: LibraryLocation.path(option: libraryPath), limit: libraryLimit)
            : nil
        let hadErrors = library.hadErrors
        guard !articles.isEmpty else { throw ExitCode(1) }
        let noColor = self.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        let config = ReaderConfigFile.load(path: ReaderConfigFile.path(environment: environment))
        let background =
            theme ?? config.theme ?? ThemeBackground.from(colorFGBG: environment["COLORFGBG"]) ?? .dark
        var state = ReaderState(
            articles: articles, size: TerminalSize(width: 80, height: 24), isLibrary: opensLibrary)
        state.keymaps = config.keymaps
        state.libraryArticleCount = libraryTotal
        // A search's or an actor's articles: the last row listed reads their next page.
        state.open(
            on: OpeningQuery(
                search: librarySearch, actor: libraryActor, actorNames: actorNames,
                actorIsSeveralPeople: actorIsSeveralPeople),
            libraryMatches: opensLibrary && numbers == nil, total: libraryTotal)
        state.appearance = Appearance(
            depth: noColor ? .none : .full, background: background, overrides: config.overrides)
        // What was said while reading the articles, and the config file's problems, would be
        // hidden by the full screen: the status line opens on the first (the rest shows on
        // standard error once the reader quits).
        let earlier = StandardError.printedLines + config.problems.map { "parole: \($0)" }
        if let first = earlier.first {
            let rest = earlier.count > 1 ? " (+\(earlier.count - 1) more, shown on quitting)" : ""
            state.receive(.failed(String(first.dropFirst(first.hasPrefix("parole: ") ? 8 : 0)) + rest))
        }
        if let renderSize {
            try printFrame(state, source: source, size: renderSize)
            return
        }
        guard drawsScreen else {
            if isatty(1) != 0 {
                StandardError.print(
                    "parole: note: this terminal (TERM=dumb) cannot show the reader; the text analysis follows"
                )
            }
            let out = FileHandle.standardOutput
            for article in articles { out.write(Data(AnalysisText.render(article.analysis).utf8)) }
            if hadErrors { throw ExitCode(1) }
            return
        }
        for problem in config.problems { StandardError.print("parole: \(problem)") }
        try runReader(state, source: source, pending: library.pending, colors: !noColor)
        if hadErrors { throw ExitCode(1) }
    }

    /// Whether a terminal of type `term` can draw the full-screen reader: any but `dumb` (an
    /// Emacs shell buffer, an editor's console), which cannot move the cursor. There, as with an
    /// output that is no terminal (and as git does without its pager), the text analysis is
    /// printed instead of refusing. An unset or unknown `TERM` stays an error: it is a set-up
    /// to fix.
    static func terminalDrawsScreens(term: String?) -> Bool {
        term != "dumb"
    }

    /// The library article numbers `paths` stand for (`parole 12`, `parole read 12 40`, as
    /// `parole list` and `parole quotes` number them): when every one is a number and no file
    /// has that name; otherwise nil, and they are files.
    static func articleNumbers(_ paths: [String]) -> [Int64]? {
        guard !paths.isEmpty else { return nil }
        let numbers = paths.compactMap { path in
            path.allSatisfy(\.isASCII) && BoundedInput.kind(of: path) == nil ? Int64(path) : nil
        }
        return numbers.count == paths.count && numbers.allSatisfy { $0 > 0 } ? numbers : nil
    }

    /// Whether `parole` without a file reads an article from standard input: a pipe, a file or
    /// a socket; not a terminal, nor `/dev/null` or another device (a launcher that runs
    /// `parole` with no input opens the library, as from a shell).
    static var standardInputCarriesText: Bool {
        var info = stat()
        guard isatty(0) == 0, fstat(0, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }

    /// Prints the frame after the hidden `--keys` script, as text, for captures and tests.
    private func printFrame(_ state: ReaderState, source: LibrarySource?, size: String) throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--render takes a size like 120x40") }
        var state = state
        state.handle(.resize(width: parts[0], height: parts[1]))
        for key in KeyScript.keys(keyScript ?? "") {
            for effect in state.handle(key) {
                // Library effects run as in the reader; the clipboard and the browser are
                // only reported.
                switch effect {
                case .copy(let text):
                    state.receive(
                        .notCopied("Not copied: no terminal (--render). Citation: \(text.prefix(60))"))
                case .openURL(let address): state.receive(.done("Would open \(address)"))
                case .redraw: break
                case .setRead(let id, let read): state.receive(.readChanged(id, read))
                case .updateFeeds: state.receive(.done("Would update the feeds"))
                default: state.receive(source?.outcome(of: effect) ?? .failed("No library open"))
                }
            }
        }
        let grid = state.render()
        print(ansi ? grid.ansiText : grid.text, terminator: ansi ? "" : "\n")
    }

    private func runReader(
        _ state: ReaderState, source: LibrarySource?, pending: [BackgroundAnalysis.Job], colors: Bool
    ) throws {
        var state = state
        let articles = state.articles
        setlocale(LC_ALL, "")
        // ncursesw drops every non-ASCII character unless the character type is UTF-8: fall
        // back to C.UTF-8 (built into glibc) when the user's locale is not UTF-8.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8",
            setlocale(LC_CTYPE, "C.UTF-8") == nil
        {
            StandardError.print(
                "parole: warning: the locale is not UTF-8; accented letters may not show (try LANG=C.UTF-8)")
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
        let benchmarkExit: ReaderSession.BenchmarkExit =
            switch environment["PAROLE_BENCH_FIRST_FRAME"] {
            case nil: .never
            case "analysed": .analysedFrame
            default: .firstFrame
            }
        var session = ReaderSession(
            timingLog: environment["PAROLE_BENCH_TIMINGS"], benchmarkExit: benchmarkExit)
        session.library = source
        if !pending.isEmpty {
            let analysis = BackgroundAnalysis(jobs: pending)
            // What the page told of each article (address, date, site, language) stays with its analysis.
            let known = articles.map {
                (source: $0.source, link: $0.link, date: $0.date, site: $0.siteName, language: $0.language)
            }
            session.updates = { shown in
                analysis.prefer(shown)
                let (done, finished) = analysis.take()
                return (
                    done.map {
                        let article = known[$0.index]
                        return (
                            $0.index,
                            ArticleModel(
                                analysis: $0.analysis, source: article.source, link: article.link,
                                date: article.date,
                                site: article.site, language: article.language)
                        )
                    },
                    finished
                )
            }
        }
        state.appearance.depth = terminal.colorDepth
        session.run(&state, on: terminal)
        terminal.close()
    }
}

extension ThemeBackground: ExpressibleByArgument {}
