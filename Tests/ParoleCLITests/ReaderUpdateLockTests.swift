import Foundation
import ParoleLibrary
import ParoleReader
import ParoleTestSupport
import Testing

@testable import parole

/// The reader's `R` takes the library's write lock for its update only: beside a `parole add` or
/// `parole update` it says so at once in one line, fetches nothing and changes nothing; after
/// it, the lock is free again for them and for the next `R`.
@Suite final class ReaderUpdateLockTests: ScratchSuite {
    let server: LoopbackFeedServer

    override init() throws {
        server = try LoopbackFeedServer()
        try super.init()
    }

    deinit { server.stop() }

    var path: String { scratch.url.appendingPathComponent("lib.sqlite").path }

    /// The reader's library source on a library subscribed to one feed of one item.
    func subscribedLibrary() throws -> LibrarySource {
        server.set("/fil.xml", .init(body: FeedCommandTests.feed(title: "Le Fil", items: ["Tout va bien"])))
        let library = try Library(path: path)
        _ = try library.subscribe(url: server.url("/fil.xml"))
        return try #require(LibrarySource.opening(path: path, limit: 100))
    }

    @Test func updateBesideAnotherWriterSaysSoAtOnceAndFetchesNothing() throws {
        let source = try subscribedLibrary()
        // Another writer: the same lock, on a descriptor of its own, as `parole add` takes it.
        let started = Date()
        let outcome = try LibraryWriteTurns(path: path).run { source.updateFeedsOutcome { _ in } }
        guard case .failed(let message) = outcome else {
            Issue.record("not refused: \(outcome)")
            return
        }
        #expect(
            message
                == "Feeds not updated: parole add or update is writing the library; R again later"
        )
        #expect(!message.contains("\n"))
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(server.requests.isEmpty)
        #expect(try Library(path: path).articleCount() == 0)
    }

    @Test func updateGivesTheLockBackForTheNextWriterAndTheNextR() throws {
        let source = try subscribedLibrary()
        guard
            case .feedsUpdated(let summary, let articles, let total) = source.updateFeedsOutcome(progress: {
                _ in
            })
        else {
            Issue.record("the first update failed")
            return
        }
        #expect(summary.hasPrefix("1 feed: 1 new article"), "\(summary)")
        #expect(articles.count == 1)
        #expect(total == 1)
        // Free for a `parole add` now, and for the next R.
        #expect(throws: Never.self) { try LibraryWriterLockProbe.take(path: self.path) }
        guard case .feedsUpdated = source.updateFeedsOutcome(progress: { _ in }) else {
            Issue.record("the second update failed")
            return
        }
    }
}

/// Takes and gives back a library's write lock, as a writer of another process would find it.
enum LibraryWriterLockProbe {
    static func take(path: String) throws {
        try LibraryWriteTurns(path: path).run {}
    }
}
