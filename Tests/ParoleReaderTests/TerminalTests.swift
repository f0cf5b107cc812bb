import CNcursesw
import Foundation
import Glibc
import ParoleKit
import ParoleReader
import Testing

@testable import ParoleTerminal

/// Tests that drive ncursesw: curses keeps global state, so they run one at a time.
@Suite("Terminal layer and the real binary", .serialized)
struct TerminalTests {
    @Test("newterm on a pipe: the grid reaches curses' screen with its colours, keys come back as Keys")
    func inProcess() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let output = try #require(fopen("/dev/null", "w"))
        var fds: [Int32] = [0, 0]
        let piped = pipe(&fds)
        #expect(piped == 0)
        let input = try #require(fdopen(fds[0], "r"))
        defer {
            close(fds[1])
            fclose(input)
            fclose(output)
        }
        let terminal = try Terminal(term: "xterm-256color", input: input, output: output)
        defer { terminal.close() }
        resizeterm(40, 120)
        #expect(terminal.size == TerminalSize(width: 120, height: 40))
        #expect(terminal.usesColor)
        var state = ReaderState(articles: [LachinFixture.model()], size: terminal.size, usesColor: true)
        state.handle(.character("n"))
        terminal.draw(state.render())

        let window = nc_stdscr()
        var row = [wchar_t](repeating: 0, count: 130)
        mvwinnwstr(window, 0, 0, &row, 120)
        let text = String(
            String.UnicodeScalarView(
                row.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        #expect(text.hasPrefix(" Mercredi, le ministère azerbaïdjanais"))
        #expect(text.contains("Quotes (7)"))

        // The current quote's cells carry a colour pair whose background is the speaker's colour.
        let grid = state.render()
        let quote = try #require(grid.find("affrontements avaient"))
        var cell = cchar_t()
        mvwin_wch(window, Int32(quote.y), Int32(quote.x), &cell)
        var chars = [wchar_t](repeating: 0, count: 8)
        var attrs = attr_t(0)
        var pair: Int16 = 0
        getcchar(&cell, &chars, &attrs, &pair, nil)
        #expect(chars[0] == wchar_t(UInt8(ascii: "a")))
        #expect(pair != 0)
        var fg: Int16 = 0
        var bg: Int16 = 0
        pair_content(pair, &fg, &bg)
        #expect(Int(bg) == state.speakerColor(quote: 0)?.rawValue)

        // Keys: a letter, a wide character, an arrow (keypad-transmit sequence), Escape.
        let bytes: [UInt8] = Array("jé".utf8) + [0x1B, 0x4F, 0x41]
        _ = bytes.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count) }
        var keys: [Key] = []
        for _ in 0..<6 {
            guard let key = terminal.readKey(timeout: 200) else { continue }
            if case .resize = key { continue }
            keys.append(key)
            if keys.count == 3 { break }
        }
        #expect(keys == [.character("j"), .character("é"), .up])

        // Mouse (xterm SGR reports, one at a time as a terminal sends them): a click at
        // column 20, row 3, then the wheel turned down.
        var events: [Key] = []
        for report in ["\u{1B}[<0;21;4M\u{1B}[<0;21;4m", "\u{1B}[<65;10;10M"] {
            let bytes = Array(report.utf8)
            _ = bytes.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count) }
            for _ in 0..<3 {
                if let key = terminal.readKey(timeout: 200) {
                    events.append(key)
                    break
                }
            }
        }
        #expect(events == [.click(x: 20, y: 3), .wheelDown])
    }

    @Test("an unknown terminal type is a clear error, not an exit from inside curses")
    func unknownTerminal() throws {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer {
            fclose(input)
            fclose(output)
        }
        #expect(throws: TerminalError.unknownTerminal("no-such-terminal-xyz")) {
            _ = try Terminal(term: "no-such-terminal-xyz", input: input, output: output)
        }
    }

    @Test(
        "the real binary on a pseudo-terminal: opens, n goes to the first quote, f filters, q exits 0 and restores"
    )
    func endToEnd() throws {
        let binary = try #require(Self.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("lachin-clashes.json")
        try AnalysisJSON.encode(LachinFixture.analysis, pretty: false).write(to: json)

        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        let opened = openpty(&master, &slave, nil, nil, &size)
        #expect(opened == 0)
        defer {
            close(master)
            close(slave)
        }
        var before = termios()
        tcgetattr(slave, &before)

        let process = Process()
        process.executableURL = binary
        process.arguments = [json.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        environment["NO_COLOR"] = nil
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var screen = PtyOutput(fd: master)
        let seen1 = screen.wait(for: "Quotes (7)")
        #expect(seen1, "first frame: \(screen.rows)")
        screen.send("n")
        let seen2 = screen.wait(for: "▶ministère")
        #expect(seen2, "n marks the first quote: \(screen.rows)")
        let seen3 = screen.wait(for: "quote 1/7")
        #expect(seen3, "status shows quote 1/7: \(screen.rows)")
        screen.send("f")
        let seen4 = screen.wait(for: "Filter by actor")
        #expect(seen4, "picker: \(screen.rows)")
        screen.send("Peskov\r")
        let seen5 = screen.wait(for: "filter: Dmitri Peskov")
        #expect(seen5, "filter in status line: \(screen.rows)")
        let seen6 = screen.wait(for: "Quotes 3/7 · Dmitri Peskov")
        #expect(seen6, "Quotes panel shows 3/7: \(screen.rows)")
        screen.send("q")
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { screen.drain(milliseconds: 20) }
        #expect(!process.isRunning)
        if !process.isRunning { #expect(process.terminationStatus == 0) }
        screen.drain(milliseconds: 50)
        #expect(screen.text.contains("\u{1B}[?1049l"), "left the alternate screen")
        var after = termios()
        tcgetattr(slave, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
    }

    @Test("with NO_COLOR and a non-UTF-8 locale the real binary draws accents and no colour")
    func noColor() throws {
        let binary = try #require(Self.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parole-nc-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("lachin-clashes.json")
        try AnalysisJSON.encode(LachinFixture.analysis, pretty: false).write(to: json)
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        let opened = openpty(&master, &slave, nil, nil, &size)
        #expect(opened == 0)
        defer {
            close(master)
            close(slave)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = [json.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "C"
        environment["LC_ALL"] = nil
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var screen = PtyOutput(fd: master)
        screen.screen = VirtualScreen(width: 80, height: 24)
        let opened2 = screen.wait(for: "Mercredi, le ministère azerbaïdjanais")
        #expect(opened2, "accents drawn: \(screen.rows)")
        screen.send("n")
        let moved = screen.wait(for: "quote 1/7")
        #expect(moved, "\(screen.rows)")
        screen.send("q")
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { screen.drain(milliseconds: 20) }
        #expect(process.terminationStatus == 0)
        let colours = screen.text.range(of: "\u{1B}\\[(3|4)[0-7]m", options: .regularExpression) != nil
        #expect(!colours, "no colour escape sequences with NO_COLOR")
        #expect(
            screen.text.contains("\u{1B}[7m") || screen.text.contains(";7m"), "reverse video used instead")
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

/// What a program wrote on a pseudo-terminal, read as it comes.
struct PtyOutput {
    let fd: Int32
    var bytes: [UInt8] = []
    var screen = VirtualScreen(width: 120, height: 40)

    init(fd: Int32) { self.fd = fd }

    /// Everything read so far, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The end of the output, for failure messages.
    var tail: String { String(text.suffix(300)).replacingOccurrences(of: "\u{1B}", with: "␛") }

    /// Types `keys` on the terminal.
    func send(_ keys: String) {
        let data = Array(keys.utf8)
        _ = data.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
    }

    /// Reads what is available within `milliseconds`.
    mutating func drain(milliseconds: Int32) {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, milliseconds) > 0 {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { return }
            bytes += chunk[0..<n]
            screen.feed(Array(chunk[0..<n]))
        }
    }

    /// Reads until the screen shows `needle`, or 5 s pass.
    mutating func wait(for needle: String) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if screen.shows(needle) { return true }
            drain(milliseconds: 20)
        }
        return screen.shows(needle)
    }

    /// The screen's rows, for failure messages.
    var rows: String { screen.rows.joined(separator: "\n") }
}
