import CNcursesw
import Glibc
import ParoleReader

/// Runs the reader on a terminal: draws, reads keys, redraws, until the user quits.
///
/// Also installs the signal handlers that put the terminal back as it was on Ctrl-C,
/// SIGTERM and SIGHUP (Ctrl-Z and `fg` are handled by ncurses itself).
public struct ReaderSession {
    /// Where to write per-key redraw times (microseconds, one per line), for benchmarks.
    public var timingLog: String?
    /// Quit right after the first frame, for benchmarks of the start-up time.
    public var exitAfterFirstFrame = false

    /// Creates a session.
    public init(timingLog: String? = nil, exitAfterFirstFrame: Bool = false) {
        self.timingLog = timingLog
        self.exitAfterFirstFrame = exitAfterFirstFrame
    }

    /// Makes SIGINT, SIGTERM and SIGHUP leave curses mode and exit with 128 + signal.
    public static func installSignalHandlers() {
        let restore: @convention(c) (Int32) -> Void = { signal in
            endwin()
            _exit(128 + signal)
        }
        for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig, restore) }
    }

    /// Shows `state` on `terminal` and handles keys until the user quits.
    public func run(_ state: inout ReaderState, on terminal: Terminal) {
        state.usesColor = terminal.usesColor
        state.handle(.resize(width: terminal.size.width, height: terminal.size.height))
        terminal.draw(state.render())
        if exitAfterFirstFrame { return }
        var timings: [UInt64] = []
        while !state.isFinished {
            guard let key = terminal.readKey() else { continue }
            let start = Self.now()
            if key == .control("l") {
                terminal.invalidate()
            } else {
                state.handle(key)
                if state.isFinished { break }
            }
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

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
