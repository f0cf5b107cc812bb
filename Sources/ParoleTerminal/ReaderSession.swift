import CNcursesw
import Glibc
import ParoleReader

/// Runs the reader on a terminal: draws, reads keys, redraws, until the user quits.
///
/// Runs the effects a key asks for (library queries, clipboard, browser, redraw) and hands
/// their outcomes back to the state. Also installs the signal handlers that put the terminal
/// back as it was on Ctrl-C, Ctrl-\\ (SIGQUIT), SIGTERM and SIGHUP (Ctrl-Z and `fg` are
/// handled by ncurses itself).
public struct ReaderSession {
    /// Where to write per-key redraw times (microseconds, one per line), for benchmarks.
    public var timingLog: String?
    /// When to quit on its own, for benchmarks of the start-up time.
    public enum BenchmarkExit: Sendable {
        /// Never: the user quits.
        case never
        /// Right after the first frame.
        case firstFrame
        /// Right after the first frame drawn with every analysis in.
        case analysedFrame
    }

    /// When to quit on its own (benchmarks).
    public var benchmarkExit: BenchmarkExit
    /// How long, in milliseconds, the wait for a key lasts while analyses are running, before
    /// ``updates`` is asked again: an analysis that ends is drawn at most this late. At 15 ms the
    /// reader's first analysed frame of the founding article came about 14 ms after its analysis
    /// in half the runs of `scripts/bench-reader`; a few wakes more per second while analysing
    /// cost nothing measurable.
    static let analysisPollMilliseconds: Int32 = 4
    /// Called between keys while analyses are running, with the index of the article on
    /// screen (nil on the list): the articles whose analysis arrived (index and prepared
    /// model), and whether every analysis is in.
    public var updates: ((Int?) -> (articles: [(index: Int, model: ArticleModel)], finished: Bool))?
    /// The library the library effects query, when the reader shows one.
    public var library: LibrarySource?

    /// Creates a session.
    public init(
        timingLog: String? = nil, benchmarkExit: BenchmarkExit = .never,
        updates: ((Int?) -> (articles: [(index: Int, model: ArticleModel)], finished: Bool))? = nil
    ) {
        self.timingLog = timingLog
        self.benchmarkExit = benchmarkExit
        self.updates = updates
    }

    /// Makes SIGINT, SIGQUIT, SIGTERM and SIGHUP leave curses mode and exit with 128 + signal
    /// (no core dump, no crash report over the screen). A crash (SIGSEGV, SIGBUS, SIGILL,
    /// SIGTRAP, SIGFPE, SIGABRT: a failed precondition anywhere, the analysis thread included)
    /// also gives the terminal back first, then goes on as it would have: the Swift runtime's
    /// crash report is printed on a usable terminal, not over the reader in raw mode.
    public static func installSignalHandlers() {
        let restore: @convention(c) (Int32) -> Void = { signal in
            ReaderSession.restoreTerminal()
            _exit(128 + signal)
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP] {
            signal(sig, restore)
            sigaddset(&unblock, sig)
        }
        let crash:
            @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
                signal, info, _ in
                ReaderSession.restoreTerminal()
                // A fault: the handler that was there before (the runtime's crash reporter, or the
                // default) takes over when the faulting instruction runs again on return. A signal
                // sent by kill() or raise() (si_code <= 0) ends the process as by default.
                if (info?.pointee.si_code ?? 0) > 0,
                    var previous = ReaderSession.previousCrashActions[Int(signal)]
                {
                    sigaction(signal, &previous, nil)
                } else {
                    Glibc.signal(signal, SIG_DFL)
                    raise(signal)
                }
            }
        // A stack overflow can only be handled on a stack of its own: give the main thread one
        // when nothing else (the runtime's crash reporter) has.
        AlternateSignalStack.installIfMissing()
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = crash
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            if sigaction(sig, &action, &previous) == 0 { previousCrashActions[Int(sig)] = previous }
        }
        // A parent may have blocked them (the mask is inherited): they must reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// The crash handlers in place before `installSignalHandlers()`, by signal number.
    nonisolated(unsafe) static var previousCrashActions: [Int: sigaction] = [:]

    /// Gives the terminal back from a signal handler: bracketed paste off (written straight to
    /// standard output, where the reader draws), then curses' own restoration (raw mode, the
    /// alternate screen, the mouse).
    static func restoreTerminal() {
        let pasteOff: StaticString = "\u{1B}[?2004l"
        _ = write(STDOUT_FILENO, pasteOff.utf8Start, pasteOff.utf8CodeUnitCount)
        endwin()
    }

    /// Shows `state` on `terminal` and handles keys until the user quits.
    public func run(_ state: inout ReaderState, on terminal: Terminal) {
        state.appearance.depth = terminal.colorDepth
        state.handle(.resize(width: terminal.size.width, height: terminal.size.height))
        terminal.draw(state.render())
        if benchmarkExit == .firstFrame || (benchmarkExit == .analysedFrame && updates == nil) { return }
        var timings: [UInt64] = []
        var waiting = updates != nil
        while !state.isFinished {
            if waiting, let updates {
                let (articles, finished) = updates(state.screen == .article ? state.articleIndex : nil)
                for (index, model) in articles { state.replaceArticle(at: index, with: model) }
                if !articles.isEmpty { terminal.draw(state.render()) }
                if finished {
                    waiting = false
                    if benchmarkExit == .analysedFrame { return }
                }
            }
            guard let key = terminal.readKey(timeout: waiting ? Self.analysisPollMilliseconds : -1) else {
                continue
            }
            let start = Self.now()
            let effects = state.handle(key)
            if state.isFinished { break }
            for effect in effects { run(effect, on: &state, terminal: terminal) }
            terminal.draw(state.render())
            if timingLog != nil { timings.append(Self.now() - start) }
        }
        if let timingLog {
            let text = timings.map { String($0 / 1000) }.joined(separator: "\n") + "\n"
            if let file = fopen(timingLog, "w") {
                fputs(text, file)
                fclose(file)
            }
        }
    }

    /// Runs one effect and gives its outcome to `state`.
    public func run(_ effect: ReaderEffect, on state: inout ReaderState, terminal: Terminal) {
        switch effect {
        case .redraw:
            terminal.invalidate()
        case .copy(let text):
            let support = terminal.clipboardSupport
            if support.sendsSequence { terminal.copyToClipboard(text) }
            let saved = CitationFile.write(text, environment: ProcessEnvironment.all)
            let message = support.message(savedTo: saved)
            state.receive(support.sendsSequence ? .done(message) : .notCopied(message))
        case .openURL(let address):
            state.receive(.done(BrowserLauncher.open(address, on: terminal)))
        case .updateFeeds:
            // The update runs here, the loop waiting; its progress lines are drawn from the
            // update's thread, one at a time, while this thread does not touch curses.
            let shown = ProgressScreen(state: state, terminal: terminal)
            let outcome =
                library?.updateFeedsOutcome { line in shown.show(line) } ?? .failed("No library open")
            state.receive(outcome)
        case .searchLibrary, .loadLibraryActors, .loadActorArticles, .setRead, .correct, .loadStatistics,
            .loadOlderArticles, .loadMoreMatches, .loadNewestArticles, .loadSortedMatches:
            let next = state.receive(library?.outcome(of: effect) ?? .failed("No library open"))
            for effect in next { run(effect, on: &state, terminal: terminal) }
        }
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// Draws progress lines on the status line of a copy of the reader while a long effect runs.
final class ProgressScreen: @unchecked Sendable {
    private var state: ReaderState
    private let terminal: Terminal

    init(state: ReaderState, terminal: Terminal) {
        self.state = state
        self.terminal = terminal
    }

    /// Shows `line` on the status line.
    func show(_ line: String) {
        state.receive(.done(line))
        terminal.draw(state.render())
    }
}
