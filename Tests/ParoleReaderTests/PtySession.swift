import Foundation
import Glibc
import Testing

/// The real `parole` binary running on a pseudo-terminal, driven as a user would drive it.
///
/// The environment is a clean terminal's: no `LINES`, `COLUMNS`, `NO_COLOR`, `BROWSER`,
/// `COLORFGBG`, nor any variable ``ClipboardSupport/judge`` reads to name the terminal (`TMUX`,
/// `STY`, `VTE_VERSION`, `KITTY_WINDOW_ID`, `WEZTERM_PANE`, `WT_SESSION`), so the developer's own
/// terminal does not show through; `TERM=xterm-256color`, a UTF-8 locale; `environment` changes
/// it (a `nil` value removes a variable).
final class PtySession {
    let process = Process()
    var screen: PtyOutput
    private var master: Int32 = -1
    private var slave: Int32 = -1

    init(
        _ arguments: [String], directory: URL? = nil, width: UInt16 = 120, height: UInt16 = 40,
        environment changes: [String: String?] = [:]
    ) throws {
        let binary = try #require(Self.paroleBinary(), "build the parole executable first")
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        #expect(openpty(&master, &slave, nil, nil, &size) == 0)
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        for name in Self.clearedVariables {
            environment[name] = nil
        }
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        screen = PtyOutput(fd: master)
        screen.screen = VirtualScreen(width: Int(width), height: Int(height))
        try process.run()
    }

    /// The variables removed from the test runner's environment: sizes and colours, and every
    /// variable ``ClipboardSupport/judge`` reads to recognise a terminal or multiplexer.
    static let clearedVariables = [
        "LINES", "COLUMNS", "NO_COLOR", "BROWSER", "COLORFGBG",
        "TMUX", "STY", "VTE_VERSION", "KITTY_WINDOW_ID", "WEZTERM_PANE", "WT_SESSION",
    ]

    /// The terminal's modes as the program left them (or found them, before it ran).
    var modes: termios {
        var modes = termios()
        tcgetattr(slave, &modes)
        return modes
    }

    /// Reads until the screen shows `text` (5 s at most).
    func wait(_ text: String) -> Bool { screen.wait(for: text) }

    /// Waits up to 5 s for the process to end; returns its exit status, or nil if it still runs.
    func exitStatus() -> Int32? {
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { screen.drain(milliseconds: 20) }
        screen.drain(milliseconds: 30)
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
        close(slave)
    }

    /// The `parole` executable next to the test bundle, or in the package's debug build.
    static func paroleBinary() -> URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "parole"),
            LachinFixture.root.appendingPathComponent(".build/debug/parole"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
