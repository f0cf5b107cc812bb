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

    /// Sends each step's keys (none: just waits), then waits for the screen to show its text.
    func play(_ session: PtySession, _ steps: [(keys: String, shows: String)]) {
        for step in steps {
            if !step.keys.isEmpty { session.screen.send(step.keys) }
            #expect(session.wait(step.shows), "after \(step.keys.debugDescription): \(session.screen.rows)")
        }
    }

    /// Runs `body` with the parole binary and a library holding the article (as
    /// `moscou.txt`), in a scratch directory named after `name`, removed afterwards.
    func withLibrary(_ name: String, _ body: (URL, URL) throws -> Void) throws {
        let binary = try #require(PtySession.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-\(name)-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("moscou.txt"))
        let library = directory.appendingPathComponent("lib.sqlite")
        #expect(try run(binary, ["add", "--library", library.path, "moscou.txt"], in: directory) == 0)
        try body(binary, library)
    }

    /// Opens the reader on the library in a pseudo-terminal, lets `body` drive it, and waits
    /// for it to exit.
    func reader(library: URL, _ body: (PtySession) -> Void) throws -> Int32? {
        let session = try PtySession(
            ["--library", library.path],
            environment: ["XDG_CONFIG_HOME": library.deletingLastPathComponent().path])
        body(session)
        return session.exitStatus()
    }

    @Test(
        "open an article, e on a quote, pick another actor, quit, reopen: the speaker is still the chosen one"
    )
    func speakerChangeSurvivesReopening() throws {
        try withLibrary("correct") { _, library in
            let first = try reader(library: library) { session in
                play(
                    session,
                    [
                        ("", "Moscou répond"), ("\r", "Quotes ("), ("n", "quote 1/"), ("v", "Dmitri Peskov"),
                        ("e", "Who said it?"), ("Lemaire\r", "Speaker: Anne Lemaire"),
                    ])
                session.screen.send("qqq")
            }
            #expect(first == 0)
            let second = try reader(library: library) { session in
                play(session, [("", "Moscou répond"), ("\r", "Quotes ("), ("nv", "Quote — ")])
                let header = session.screen.screen.rows.first ?? ""
                #expect(header.contains("Anne Lemaire"), "the speaker after reopening: \(header)")
                #expect(!header.contains("Peskov"))
                session.screen.send("qqq")
            }
            #expect(second == 0)
        }
    }

    @Test(
        "x by mistake, then U: the quote is back, in the library too, the status line naming what was undone; U with nothing left says so"
    )
    func undoBringsBackAQuoteMarkedByMistake() throws {
        try withLibrary("undo") { binary, library in
            // Each step: the keys sent, then what the screen must come to show.
            let steps: [(keys: String, shows: String)] = [
                ("", "Moscou répond"), ("\r", "Quotes (3)"), ("n", "quote 1/3"), ("x", "U undoes"),
                ("", "Quotes (2)"),
                ("U", "Undone: « Nous ne céderons pas » is not a quote"), ("", "Quotes (3)"),
                ("U", "No correction of this article to undo"),
            ]
            let status = try reader(library: library) { session in
                play(session, steps)
                session.screen.send("qqq")
            }
            #expect(status == 0)
            let list = Process()
            list.executableURL = binary
            list.arguments = ["corrections", "list", "--library", library.path]
            let out = Pipe()
            list.standardOutput = out
            try list.run()
            list.waitUntilExit()
            let listed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(listed.contains("no corrections") || listed.isEmpty, "\(listed)")
        }
    }
}
