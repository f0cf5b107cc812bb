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
                "parole: library lib.sqlite: another `parole add` is writing to it; try again when it is done"
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
}
