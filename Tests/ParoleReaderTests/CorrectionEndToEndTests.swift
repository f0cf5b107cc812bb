import Foundation
import Glibc
import Testing

/// The real binary on a pseudo-terminal, on a library: a speaker changed with `e` is still
/// changed when the reader is opened again.
@Suite("Corrections end to end")
struct CorrectionEndToEndTests {
    static let article = """
        Moscou répond à Bruxelles
        « Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.
        La ministre Anne Lemaire a estimé que la discussion restait ouverte.
        « Les sanctions sont prêtes », a-t-elle ajouté.

        """

    /// Runs `parole` with `arguments` to its end (for `add`).
    func run(_ binary: URL, _ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Opens the reader on the library in a pseudo-terminal, lets `body` drive it, and waits
    /// for it to exit.
    func reader(_ binary: URL, library: URL, _ body: (inout PtyOutput) -> Void) throws -> Int32? {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        #expect(openpty(&master, &slave, nil, nil, &size) == 0)
        defer {
            close(master)
            close(slave)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--library", library.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["XDG_CONFIG_HOME"] = library.deletingLastPathComponent().path
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var screen = PtyOutput(fd: master)
        body(&screen)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { screen.drain(milliseconds: 20) }
        return process.isRunning ? nil : process.terminationStatus
    }

    @Test(
        "open an article, e on a quote, pick another actor, quit, reopen: the speaker is still the chosen one"
    )
    func speakerChangeSurvivesReopening() throws {
        let binary = try #require(TerminalTests.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-correct-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("moscou.txt"))
        let library = directory.appendingPathComponent("lib.sqlite")
        #expect(try run(binary, ["add", "--library", library.path, "moscou.txt"], in: directory) == 0)

        let first = try reader(binary, library: library) { screen in
            let list = screen.wait(for: "Moscou répond")
            #expect(list, "the list: \(screen.rows)")
            screen.send("\r")
            let opened = screen.wait(for: "Quotes (")
            #expect(opened, "the article: \(screen.rows)")
            screen.send("n")
            let quote = screen.wait(for: "quote 1/")
            #expect(quote, "the first quote: \(screen.rows)")
            screen.send("v")
            let before = screen.wait(for: "Dmitri Peskov")
            #expect(before, "its speaker before: \(screen.rows)")
            screen.send("e")
            let picker = screen.wait(for: "Who said it?")
            #expect(picker, "the speaker picker: \(screen.rows)")
            screen.send("Lemaire")
            screen.send("\r")
            let confirmed = screen.wait(for: "Speaker: Anne Lemaire")
            #expect(confirmed, "confirmed: \(screen.rows)")
            screen.send("qqq")
        }
        #expect(first == 0)

        let second = try reader(binary, library: library) { screen in
            let list = screen.wait(for: "Moscou répond")
            #expect(list, "the list again: \(screen.rows)")
            screen.send("\r")
            let opened = screen.wait(for: "Quotes (")
            #expect(opened, "the article again: \(screen.rows)")
            screen.send("n")
            screen.send("v")
            let detail = screen.wait(for: "Quote — ")
            #expect(detail, "the detail: \(screen.rows)")
            let header = screen.screen.rows.first ?? ""
            #expect(header.contains("Anne Lemaire"), "the speaker after reopening: \(header)")
            #expect(!header.contains("Peskov"))
            screen.send("qqq")
        }
        #expect(second == 0)
    }
}
