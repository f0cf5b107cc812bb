import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `parole add` as one of several writers: a second writer is told at once, and every add ends
/// with a summary line.
@Suite final class AddWriterTests: ScratchSuite {
    @Test func aSecondWriterIsToldAtOnce() throws {
        let text = "Titre\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\n"
        try Data(text.utf8).write(to: scratch.url.appendingPathComponent("a.txt"))
        try Data((text + "Encore.\n").utf8).write(to: scratch.url.appendingPathComponent("b.txt"))
        #expect(try parole(["add", "--library", "lib.sqlite", "a.txt"]).status == 0)
        // Hold the writer lock as a running `parole add` would.
        let fd = open(scratch.url.appendingPathComponent("lib.sqlite").path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let started = Date()
        let second = try parole(["add", "--library", "lib.sqlite", "b.txt"])
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(second.status == 1)
        #expect(
            second.errorLines == [
                "parole: library lib.sqlite: another `parole add` or `parole update` is writing to it; "
                    + "try again when it is done"
            ])
        // Readers are not held up.
        #expect(try parole(["quotes", "--library", "lib.sqlite"]).status == 0)
        flock(fd, LOCK_UN)
        let third = try parole(["add", "--library", "lib.sqlite", "b.txt"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.output.hasPrefix("added 1, updated 0, unchanged 0"))
    }

    @Test func anAddWithFailuresStillEndsWithASummary() throws {
        let text = "Titre\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\n"
        try Data(text.utf8).write(to: scratch.url.appendingPathComponent("a.txt"))
        let result = try parole(["add", "--library", "lib.sqlite", "a.txt", "missing.txt"])
        #expect(result.status == 1)
        #expect(result.errorLines == ["parole: missing.txt: no such file or directory"])
        #expect(result.output.hasPrefix("added 1, updated 0, unchanged 0 in "))
    }

    /// A feed file of `count` items, each a quote of its own.
    static func feed(items count: Int) -> Data {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Le Fil</title>"
        for index in 0..<count {
            xml +=
                "<item><title>Titre \(index)</title><link>https://example.org/\(index)</link><description>"
                + "« Nous ne céderons pas \(index) », a déclaré Marie Dupont, maire de la ville.</description></item>"
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    @Test func aSecondUpdateIsToldAtOnceAndStoresNothing() throws {
        // Two updates at once each analysed every new item and reported the other's as unchanged.
        try Self.feed(items: 3).write(to: scratch.url.appendingPathComponent("fil.xml"))
        #expect(try parole(["subscribe", "--library", "lib.sqlite", "fil.xml"]).status == 0)
        let fd = open(scratch.url.appendingPathComponent("lib.sqlite").path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let second = try parole(["update", "--library", "lib.sqlite"])
        #expect(second.status == 1)
        #expect(
            second.errorLines == [
                "parole: library lib.sqlite: another `parole add` or `parole update` is writing to it; "
                    + "try again when it is done"
            ])
        #expect(
            try parole(["list", "--library", "lib.sqlite"]).errorLines.first?.contains("is empty") == true)
        flock(fd, LOCK_UN)
        let third = try parole(["update", "--library", "lib.sqlite"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.output.hasPrefix("Le Fil: 3 new, 0 changed, 0 unchanged\n"))
    }

    @Test func anUpdateUnderAFileSizeLimitFailsWithAMessageNotASignal() throws {
        // SIGXFSZ was ignored by `parole add` only: `parole update` was killed by it (status 153
        // from the shell), its feed's new items half written to the write-ahead log.
        let executable = try #require(ParoleProcess.executable)
        try Self.feed(items: 200).write(to: scratch.url.appendingPathComponent("fil.xml"))
        #expect(try parole(["subscribe", "--library", "lib.sqlite", "fil.xml"]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // 400 blocks of 512 bytes: more than the library has, less than the new items need. The
        // signal's default action is restored (a test runner may pass it on ignored).
        process.arguments = [
            "-c", "ulimit -f 400; exec env --default-signal=XFSZ \"$0\" update --library lib.sqlite",
            executable.path,
        ]
        process.currentDirectoryURL = scratch.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("file size limit (ulimit -f)"), "\(message)")
        // Nothing lost or half stored: the next update, without the limit, stores the rest.
        let again = try parole(["update", "--library", "lib.sqlite"])
        #expect(again.status == 0, "\(again.stderr)")
        let listed = try parole(["list", "--limit", "1000", "--library", "lib.sqlite"])
        #expect(listed.output.split(separator: "\n").count == 200)
    }
}
