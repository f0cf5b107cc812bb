import Foundation
import Testing

@testable import ParoleSources

#if canImport(Glibc)
    import Glibc
#endif

/// A `file://` feed is read like a download, from this machine only and from a regular file only.
@Suite final class LocalFeedFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-local-feed-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func fetch(_ url: String) throws(FetchError) -> FetchedDocument {
        try LocalFeedFile.fetch(url, headers: [:], maxBytes: 1_000_000)
    }

    @Test func aFileURLOfAnotherHostIsRefusedInsteadOfReadingTheLocalPath() throws {
        let path = directory.appendingPathComponent("fil.xml").path
        try Data("<rss/>".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FetchError.self) { try self.fetch("file://otherhost\(path)") }
        do {
            _ = try fetch("file://otherhost\(path)")
        } catch {
            #expect(error.description.contains("another host"))
            #expect(!error.description.contains("\n"))
        }
        #expect(try fetch("file://localhost\(path)").data == Data("<rss/>".utf8))
        #expect(try fetch("file://\(path)").status == 200)
    }

    @Test func aFIFOInTheFilesPlaceIsRefusedWithoutWaitingForAWriter() throws {
        let path = directory.appendingPathComponent("fifo.xml").path
        #expect(mkfifo(path, 0o644) == 0)
        do {
            _ = try fetch("file://\(path)")
            Issue.record("a FIFO was read")
        } catch {
            #expect(error == .failed("\(path): not a regular file"))
        }
    }
}
