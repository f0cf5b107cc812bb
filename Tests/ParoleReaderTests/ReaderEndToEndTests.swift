import Foundation
import Glibc
import ParoleKit
import ParoleTestSupport
import Testing

/// The real `parole` binary on a pseudo-terminal, driven as a user would: the library's
/// one-result `q`, the quote detail, OSC 52 copy, a config file binding, Ctrl-\.
@Suite("The reader end to end on a pseudo-terminal", .serialized)
final class ReaderEndToEndTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-e2e12-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("config/parole"), withIntermediateDirectories: true)
        try AnalysisJSON.encode(LachinFixture.analysis, pretty: false)
            .write(to: directory.appendingPathComponent("lachin-clashes.json"))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The reader on a pty, in the test's directory, with its own config folder.
    func session(_ arguments: [String], width: UInt16 = 120, height: UInt16 = 40) throws -> PtySession {
        try PtySession(
            arguments, directory: directory, width: width, height: height,
            environment: [
                "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
                "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path,
            ])
    }

    /// Builds a library of two feed articles with `parole add`.
    func makeLibrary() throws -> String {
        let feed = SampleFeeds.twoArticles
        try Data(feed.utf8).write(to: directory.appendingPathComponent("fil.xml"))
        let library = directory.appendingPathComponent("lib.sqlite").path
        let add = Process()
        let binary: URL = try #require(PtySession.paroleBinary(), "build the parole executable first")
        add.executableURL = binary
        add.arguments = ["add", "--library", library, directory.appendingPathComponent("fil.xml").path]
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        add.waitUntilExit()
        #expect(add.terminationStatus == 0)
        return library
    }

    @Test(
        "library: a search leaving one article, Enter, q goes back to the list, q to the newest; q there quits"
    )
    func oneResultLibraryQ() throws {
        let library = try makeLibrary()
        let session = try session(["--library", library])
        #expect(session.wait("2 of 2 articles"), "\(session.screen.rows)")
        session.screen.send("/Tout\r")
        #expect(session.wait("1 article holds Tout"), "\(session.screen.rows)")
        session.screen.send("\r")
        #expect(session.wait("q back"), "\(session.screen.rows)")
        session.screen.send("q")
        #expect(session.wait("1 of 1 article"), "back on the list: \(session.screen.rows)")
        #expect(session.process.isRunning)
        // q on the search's list goes back to the newest articles, as newsboat leaves a search.
        session.screen.send("q")
        #expect(session.wait("2 of 2 articles"), "back on the newest: \(session.screen.rows)")
        #expect(session.process.isRunning)
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
    }

    @Test("R with an unreachable feed says which feed failed and why on the status line")
    func updateNamesTheFailedFeed() throws {
        let library = try makeLibrary()
        // A port that was just listened on and closed: the connection is refused at once.
        let closed = try LoopbackListener()
        let feed = closed.url("/fil.xml")
        closed.stop()
        let binary: URL = try #require(PtySession.paroleBinary(), "build the parole executable first")
        let subscribe = Process()
        subscribe.executableURL = binary
        subscribe.arguments = ["subscribe", "--library", library, feed]
        subscribe.standardOutput = FileHandle.nullDevice
        try subscribe.run()
        subscribe.waitUntilExit()
        #expect(subscribe.terminationStatus == 0)
        let session = try session(["--library", library])
        #expect(session.wait("2 of 2 articles"), "\(session.screen.rows)")
        session.screen.send("R")
        #expect(session.wait("fil.xml: failed: cannot reach the server"), "\(session.screen.rows)")
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
    }

    @Test("Enter on a quote opens its detail; y writes an OSC 52 sequence holding the citation")
    func detailAndCopy() throws {
        let session = try session(["lachin-clashes.json"])
        #expect(session.wait("Quotes (7)"))
        session.screen.send("\t")
        session.screen.send("jjj")
        session.screen.send("\r")
        #expect(session.wait("Quote — direct quote · Dmitri Peskov"), "\(session.screen.rows)")
        #expect(session.wait("Speaker  Dmitri Peskov (person)"), "\(session.screen.rows)")
        session.screen.send("y")
        // xterm-256color may or may not take OSC 52: the message says it was sent, not copied.
        #expect(
            session.wait("Citation sent via OSC 52 (this terminal may ignore it)"), "\(session.screen.rows)")
        let saved = try String(
            contentsOf: directory.appendingPathComponent("cache/parole/citation.txt"), encoding: .utf8)
        #expect(saved.hasPrefix("« Nous surveillons de près") && saved.hasSuffix("\n"))
        let output = session.screen.bytes
        let start = Array("\u{1B}]52;c;".utf8)
        let found = (0..<max(0, output.count - start.count)).first {
            Array(output[$0..<$0 + start.count]) == start
        }
        #expect(found != nil, "an OSC 52 sequence was written")
        if let found {
            let rest = output[(found + start.count)...]
            let encoded = String(decoding: rest.prefix { $0 != 0x07 }, as: UTF8.self)
            let decoded = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) }
            #expect(decoded?.hasPrefix("« Nous surveillons de près") == true, "\(decoded ?? encoded)")
            #expect(decoded?.contains("Dmitri Peskov, porte-parole du Kremlin") == true)
        }
        session.screen.send("q")
        #expect(session.wait("Quotes (7)"))
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
    }

    @Test("on the Linux console y sends no OSC 52, says why, shows the citation and writes it to a file")
    func copyOnAConsoleWithoutClipboard() throws {
        let session = try PtySession(
            ["lachin-clashes.json"], directory: directory, width: 120, height: 40,
            environment: [
                "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
                "XDG_CACHE_HOME": directory.appendingPathComponent("cache").path, "TERM": "linux",
            ])
        #expect(session.wait("Quotes (7)"))
        session.screen.send("n")
        #expect(session.wait("quote 1/7"))
        session.screen.send("y")
        #expect(session.wait("Not copied: this console (TERM=linux)"), "\(session.screen.rows)")
        #expect(
            session.wait("Citation (y copies it):"), "the detail shows the citation: \(session.screen.rows)")
        #expect(!session.screen.text.contains("\u{1B}]52;"), "no OSC 52 sequence on a console that prints it")
        let saved = try String(
            contentsOf: directory.appendingPathComponent("cache/parole/citation.txt"), encoding: .utf8)
        #expect(!saved.isEmpty)
        session.screen.send("q")
        #expect(session.wait("Quotes (7)"))
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
    }

    @Test("TERM=dumb (an Emacs shell buffer) prints the text analysis with a note instead of refusing")
    func dumbTerminalPrintsTheTextAnalysis() throws {
        let session = try PtySession(
            ["lachin-clashes.json"], directory: directory, width: 80, height: 24,
            environment: [
                "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path, "TERM": "dumb",
            ])
        #expect(session.exitStatus() == 0)
        let text = session.screen.text
        #expect(text.contains("cannot show the reader; the text analysis follows"), "\(text)")
        #expect(text.contains("Quotes (7)"), "\(text)")
        #expect(!text.contains("\u{1B}["), "no escape sequence for a terminal that reads none")
    }

    @Test("a config file binding x to quit: x quits; a bad line is reported with its file and line")
    func configBinding() throws {
        let config = directory.appendingPathComponent("config/parole/config")
        try Data("# test\nbind-key x quit\nbind-key\n".utf8).write(to: config)
        let session = try session(["lachin-clashes.json"])
        #expect(session.wait("Quotes (7)"))
        #expect(session.wait("config:3: bind-key takes a key"), "\(session.screen.rows)")
        session.screen.send("n")
        #expect(session.wait("quote 1/7"))
        session.screen.send("x")
        #expect(session.exitStatus() == 0)
        #expect(session.screen.text.contains("\u{1B}[?1049l"), "left the alternate screen")
    }

    @Test("Ctrl-\\ (SIGQUIT) restores the terminal and exits instead of dumping a crash report")
    func sigquit() throws {
        let session = try session(["lachin-clashes.json"])
        #expect(session.wait("Quotes (7)"))
        kill(session.process.processIdentifier, SIGQUIT)
        #expect(session.exitStatus() == 131)
        #expect(session.screen.text.contains("\u{1B}[?2004l"), "bracketed paste turned off")
        #expect(session.screen.text.contains("\u{1B}[?1049l"), "left the alternate screen")
        #expect(!session.screen.text.contains("Stack dump"))
        #expect(!session.screen.text.contains("Crash"))
    }

    @Test(
        "a crash signal gives the terminal back (alternate screen left, bracketed paste off) and ends the process"
    )
    func crashSignalRestoresTheTerminal() throws {
        let session = try session(["lachin-clashes.json"])
        #expect(session.wait("Quotes (7)"))
        kill(session.process.processIdentifier, SIGSEGV)
        #expect(session.exitStatus() == SIGSEGV)
        #expect(session.process.terminationReason == .uncaughtSignal)
        #expect(session.screen.text.contains("\u{1B}[?2004l"), "bracketed paste turned off")
        #expect(session.screen.text.contains("\u{1B}[?1049l"), "left the alternate screen")
    }

    @Test("a bracketed paste into / arrives as one edit")
    func bracketedPaste() throws {
        let session = try session(["lachin-clashes.json"], width: 80, height: 24)
        #expect(session.wait("Quotes (7)"))
        #expect(session.screen.text.contains("\u{1B}[?2004h"), "bracketed paste turned on")
        session.screen.send("/")
        session.screen.send("\u{1B}[200~" + String(repeating: "abc ", count: 50_000) + "Reuters\u{1B}[201~")
        #expect(session.wait("abc Reuters▏"), "\(session.screen.rows)")
        session.screen.send("\u{1B}")
        session.screen.send("q")
        #expect(session.exitStatus() == 0)
    }

    @Test("--actor opens the library's articles with the actor filter applied")
    func actorOption() throws {
        let library = try makeLibrary()
        let process = Process()
        let binary: URL = try #require(PtySession.paroleBinary(), "build the parole executable first")
        process.executableURL = binary
        process.arguments = ["--library", library, "--actor", "Dupont", "--render", "100x30"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.appendingPathComponent("config").path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            output.contains("filter: Marie Dupont") || output.contains("Quotes 1/1 · Marie Dupont"),
            "\(output)")
    }
}
