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
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("lachin-clashes.json")
        try AnalysisJSON.encode(LachinFixture.analysis, pretty: false).write(to: json)

        let session = try PtySession([json.path])
        let before = session.modes
        #expect(session.wait("Quotes (7)"), "first frame: \(session.screen.rows)")
        session.screen.send("n")
        #expect(session.wait("▶ministère"), "n marks the first quote: \(session.screen.rows)")
        #expect(session.wait("quote 1/7"), "status shows quote 1/7: \(session.screen.rows)")
        session.screen.send("f")
        #expect(session.wait("Filter by actor"), "picker: \(session.screen.rows)")
        session.screen.send("Peskov\r")
        #expect(session.wait("filter: Dmitri Peskov"), "filter in status line: \(session.screen.rows)")
        #expect(session.wait("Quotes 3/7 · Dmitri Peskov"), "Quotes panel shows 3/7: \(session.screen.rows)")
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
        #expect(session.screen.text.contains("\u{1B}[?1049l"), "left the alternate screen")
        let after = session.modes
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
    }

    @Test("with NO_COLOR and a non-UTF-8 locale the real binary draws accents and no colour")
    func noColor() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parole-nc-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("lachin-clashes.json")
        try AnalysisJSON.encode(LachinFixture.analysis, pretty: false).write(to: json)
        let session = try PtySession(
            [json.path], width: 80, height: 24, environment: ["NO_COLOR": "1", "LANG": "C", "LC_ALL": nil])
        #expect(
            session.wait("Mercredi, le ministère azerbaïdjanais"), "accents drawn: \(session.screen.rows)")
        session.screen.send("n")
        #expect(session.wait("quote 1/7"), "\(session.screen.rows)")
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
        let text = session.screen.text
        let colours = text.range(of: "\u{1B}\\[(3|4)[0-7]m", options: .regularExpression) != nil
        #expect(!colours, "no colour escape sequences with NO_COLOR")
        #expect(text.contains("\u{1B}[7m") || text.contains(";7m"), "reverse video used instead")
    }
}
