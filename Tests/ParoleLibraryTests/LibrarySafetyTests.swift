import Foundation
import GRDB
import ParoleKit
import Testing

@testable import ParoleLibrary

/// Failures never damage what the library holds.
@Suite struct LibrarySafetyTests {
    struct InjectedFailure: Error {}

    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    func sample(_ id: String, _ quote: String) -> Analysis {
        Fixture.analysis(
            id, title: "Article \(id)", speakers: [.init(name: "Dmitri Peskov", quotes: [quote])])
    }

    func snapshot(_ library: Library) throws -> [String] {
        let articles = try library.articles().map { "\($0.source) \($0.title) \($0.quotes)" }
        let actors = try library.actors().map { "\($0.name) \($0.quotes) \($0.articles)" }
        let quotes = try library.quotes().map(\.text)
        let hits = try library.search("Article").map(\.article.source)
        return articles + actors + quotes + hits
    }

    @Test(arguments: ["article", "entities", "actors", "quotes", "counts"])
    func anAddInterruptedMidwayLeavesTheLibraryAsItWas(_ point: String) throws {
        let path = directory.libraryPath
        try Fixture.library(path).add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let failing = try Fixture.library(path) { if $0 == point { throw InjectedFailure() } }
        let before = try snapshot(failing)
        #expect(throws: LibraryError.self) {
            try failing.add(LibraryEntry(source: "b"), analysis: sample("b", "Second"))
        }
        #expect(throws: LibraryError.self) {
            try failing.add(LibraryEntry(source: "a"), analysis: sample("a", "Premier, modifié"))
        }
        let reopened = try Fixture.library(path)
        #expect(try snapshot(reopened) == before)
        #expect(try reopened.add(LibraryEntry(source: "b"), analysis: sample("b", "Second")) == .added)
        #expect(try reopened.articleCount() == 2)
    }

    @Test func aBatchThatFillsTheDiskSaysSoAndStoresNothingOfIt() throws {
        // SQLite rolls back the whole transaction on a full disk, not only the failing article's
        // savepoint: the commit then failed with "Transaction was aborted", which was reported.
        let path = directory.libraryPath
        let library = try Fixture.library(path)
        try library.add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let pages = try library.database.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        try library.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let long = String(repeating: "Une phrase assez longue pour remplir plusieurs pages. ", count: 400)
        let batch = (0..<30).map { (LibraryEntry(source: "b\($0)"), sample("b\($0)", long + "\($0)")) }
        #expect(throws: LibraryError.full(path: path)) { try library.add(batch: batch) }
        #expect(try Fixture.library(path).articleCount() == 1)
    }

    @Test(arguments: ["article", "entities", "actors", "quotes", "counts"])
    func aFailingArticleInABatchIsRolledBackAloneAndTheOthersAreStored(_ point: String) throws {
        let path = directory.libraryPath
        try Fixture.library(path).add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let failAt = Counter()
        // The second article of the batch fails at `point`; the first and third do not.
        let failing = try Fixture.library(path) {
            if $0 == point, failAt.next() == 1 { throw InjectedFailure() }
        }
        let results = try failing.add(batch: [
            (LibraryEntry(source: "b"), sample("b", "Second")),
            (LibraryEntry(source: "c"), sample("c", "Troisième")),
            (LibraryEntry(source: "d"), sample("d", "Quatrième")),
        ])
        #expect((try? results[0].get()) == .added)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) == .added)
        let reopened = try Fixture.library(path)
        #expect(try reopened.articles().map(\.source).sorted() == ["a", "b", "d"])
        #expect(try reopened.quotes().map(\.text).sorted() == ["Premier", "Quatrième", "Second"])
    }

    /// Counts calls from the failure hook, which may run on the database's queue.
    final class Counter: @unchecked Sendable {
        private var count = -1
        private let lock = NSLock()
        /// Which time a checkpoint with the chosen name is reached (0 for the first).
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let path = directory.path + "/garbage.sqlite"
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.corrupt(path: path)) { try Fixture.library(path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        let path = directory.path + "/other.sqlite"
        let other = try DatabaseQueue(path: path)
        try other.write {
            try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')")
        }
        try other.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.foreign(path: path)) { try Fixture.library(path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aLibraryFromANewerParoleIsRefusedAndLeftAloneForReadersAndWriters() throws {
        let path = directory.libraryPath
        try Fixture.library(path).add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let future = try DatabaseQueue(path: path)
        try future.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
        try future.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.newerSchema(path: path)) { try Fixture.library(path) }
        #expect(throws: LibraryError.newerSchema(path: path)) { try Library(path: path, create: false) }
        #expect(throws: LibraryError.newerSchema(path: path)) { try Fixture.library(path, readOnly: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(LibraryError.newerSchema(path: path).description.contains("made by a newer Parole"))
    }

    @Test func aMissingLibraryIsAnErrorForReaders() {
        let path = directory.path + "/none.sqlite"
        #expect(throws: LibraryError.missing(path: path)) { try Library(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aReadOnlyLibraryCanBeReadButNotChanged() throws {
        let path = directory.libraryPath
        try Fixture.library(path).add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let readOnly = try Fixture.library(path, readOnly: true)
        #expect(try readOnly.articleCount() == 1)
        #expect(throws: LibraryError.readOnly(path: path)) {
            try readOnly.add(LibraryEntry(source: "b"), analysis: sample("b", "Second"))
        }
        #expect(try Fixture.library(path).articleCount() == 1)
    }

    @Test func aLibraryWhoseSharedMemoryFileCannotBeMadeIsStillReadAndLeftUnchanged() throws {
        // A WAL library in a directory this user cannot write (a colleague's, a read-only
        // mount): SQLite can create neither its `-shm` nor its `-wal` file. Tests run as root,
        // for whom modes do not apply, so directories stand where those files would be made.
        let path = directory.path + "/lib #1 50%?.sqlite"
        do {
            let library = try Fixture.library(path)
            try library.add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closed: no -wal left")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for suffix in ["-shm", "-wal"] {
            try FileManager.default.createDirectory(atPath: path + suffix, withIntermediateDirectories: false)
        }
        let readOnly = try Fixture.library(path, readOnly: true)
        #expect(try readOnly.articleCount() == 1)
        #expect(try readOnly.quotes().map(\.text) == ["Premier"])
        #expect(throws: LibraryError.readOnly(path: path)) {
            try readOnly.add(LibraryEntry(source: "b"), analysis: sample("b", "Second"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aLockedLibraryIsAClearErrorAndStaysIntact() throws {
        let path = directory.libraryPath
        let library = try Fixture.library(path)
        try library.add(LibraryEntry(source: "a"), analysis: sample("a", "Premier"))
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: LibraryError.locked(path: path)) {
                try library.add(LibraryEntry(source: "b"), analysis: sample("b", "Second"))
            }
            #expect(try library.articleCount() == 1)
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try library.add(LibraryEntry(source: "b"), analysis: sample("b", "Second")) == .added)
    }

    @Test func checkWritableWaitsForAnotherConnectionsWriteLockThenSaysLocked() throws {
        let path = directory.libraryPath
        let library = try Fixture.library(path)
        try library.checkWritable()
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: LibraryError.locked(path: path)) { try library.checkWritable() }
            try db.execute(sql: "ROLLBACK")
        }
        try library.checkWritable()
        #expect(try library.add(LibraryEntry(source: "a"), analysis: sample("a", "Premier")) == .added)
    }

    @Test func writeTurnsRefuseBesideAnotherWriterAndGiveTheLockBack() throws {
        let path = directory.libraryPath
        _ = try Fixture.library(path)
        let reader = LibraryWriteTurns(path: path)
        let other = LibraryWriteTurns(path: path)
        var ran = false
        try other.run {
            #expect(throws: LibraryError.other(path: path, message: LibraryError.anotherWriter)) {
                try reader.run { ran = true }
            }
            #expect((try? reader.run {}) == nil)
        }
        #expect(!ran)
        try reader.run { ran = true }
        #expect(ran)
        try reader.run {}
        #expect(LibraryError.other(path: path, message: LibraryError.anotherWriter).isAnotherWriter)
        let gone = directory.path + "/gone.sqlite"
        #expect(throws: LibraryError.other(path: gone, message: "cannot open for writing: the file is gone"))
        {
            try LibraryWriteTurns(path: gone).run {}
        }
        #expect(!LibraryError.locked(path: path).isAnotherWriter)
    }

    @Test func theLibraryLivesUnderXDGDataHome() {
        #expect(
            LibraryLocation.path(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"])
                == "/x/data/parole/library.sqlite")
        #expect(LibraryLocation.path(environment: ["HOME": "/h"]) == "/h/.local/share/parole/library.sqlite")
        #expect(LibraryLocation.path(environment: ["PAROLE_LIBRARY": "/t/l.db", "HOME": "/h"]) == "/t/l.db")
        #expect(LibraryLocation.path(option: "/o.db", environment: ["PAROLE_LIBRARY": "/t/l.db"]) == "/o.db")
    }
}

@Suite struct LibraryDateTests {
    @Test func datesRoundTripThroughTheStoredForm() {
        let formatter = ISO8601DateFormatter()
        for text in [
            "1970-01-01T00:00:00Z", "2012-05-22T12:00:00Z", "2000-02-29T23:59:59Z", "1969-12-31T08:30:00Z",
        ] {
            let date = formatter.date(from: text)!
            #expect(LibraryDate.string(date) == text)
            #expect(LibraryDate.date(text) == date)
        }
        #expect(LibraryDate.date("garbage") == nil)
    }
}
