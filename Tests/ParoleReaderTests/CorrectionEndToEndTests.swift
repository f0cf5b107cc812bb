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
        let binary = try #require(PtySession.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-correct-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("moscou.txt"))
        let library = directory.appendingPathComponent("lib.sqlite")
        #expect(try run(binary, ["add", "--library", library.path, "moscou.txt"], in: directory) == 0)

        let first = try reader(library: library) { session in
            let list = session.wait("Moscou répond")
            #expect(list, "the list: \(session.screen.rows)")
            session.screen.send("\r")
            let opened = session.wait("Quotes (")
            #expect(opened, "the article: \(session.screen.rows)")
            session.screen.send("n")
            let quote = session.wait("quote 1/")
            #expect(quote, "the first quote: \(session.screen.rows)")
            session.screen.send("v")
            let before = session.wait("Dmitri Peskov")
            #expect(before, "its speaker before: \(session.screen.rows)")
            session.screen.send("e")
            let picker = session.wait("Who said it?")
            #expect(picker, "the speaker picker: \(session.screen.rows)")
            session.screen.send("Lemaire")
            session.screen.send("\r")
            let confirmed = session.wait("Speaker: Anne Lemaire")
            #expect(confirmed, "confirmed: \(session.screen.rows)")
            session.screen.send("qqq")
        }
        #expect(first == 0)

        let second = try reader(library: library) { session in
            let list = session.wait("Moscou répond")
            #expect(list, "the list again: \(session.screen.rows)")
            session.screen.send("\r")
            let opened = session.wait("Quotes (")
            #expect(opened, "the article again: \(session.screen.rows)")
            session.screen.send("n")
            session.screen.send("v")
            let detail = session.wait("Quote — ")
            #expect(detail, "the detail: \(session.screen.rows)")
            let header = session.screen.screen.rows.first ?? ""
            #expect(header.contains("Anne Lemaire"), "the speaker after reopening: \(header)")
            #expect(!header.contains("Peskov"))
            session.screen.send("qqq")
        }
        #expect(second == 0)
    }

    @Test("x by mistake, then U: the quote is back, in the library too; U with nothing left says so")
    func undoBringsBackAQuoteMarkedByMistake() throws {
        let binary = try #require(PtySession.paroleBinary(), "build the parole executable first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-undo-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("moscou.txt"))
        let library = directory.appendingPathComponent("lib.sqlite")
        #expect(try run(binary, ["add", "--library", library.path, "moscou.txt"], in: directory) == 0)

        let status = try reader(library: library) { session in
            #expect(session.wait("Moscou répond"), "the list: \(session.screen.rows)")
            session.screen.send("\r")
            #expect(session.wait("Quotes (3)"), "the article: \(session.screen.rows)")
            session.screen.send("n")
            #expect(session.wait("quote 1/3"), "the first quote: \(session.screen.rows)")
            session.screen.send("x")
            #expect(session.wait("U undoes"), "x says how to undo: \(session.screen.rows)")
            #expect(session.wait("Quotes (2)"), "one quote fewer: \(session.screen.rows)")
            session.screen.send("U")
            #expect(session.wait("Last correction undone"), "undone: \(session.screen.rows)")
            #expect(session.wait("Quotes (3)"), "the quote is back: \(session.screen.rows)")
            session.screen.send("U")
            #expect(session.wait("no correction of this article to undo"), "\(session.screen.rows)")
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
