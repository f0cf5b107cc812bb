import Foundation
import GRDB
import ParoleKit
import ParoleSources

/// The library of analysed articles: an SQLite database (WAL mode) holding articles, their
/// analyses, the actors merged across articles, their quotes, and a full-text index.
///
/// Every add runs in one transaction: an add that fails or is interrupted leaves the library
/// as it was.
public final class Library: Sendable {
    /// The database file.
    public let path: String
    let database: DatabaseQueue
    /// Called at named points inside an add's transaction; tests throw from it to check that
    /// a failure rolls everything back.
    let checkpoint: (@Sendable (String) throws -> Void)?

    /// Opens the library at `path`. With `create`, a missing library is created (with its
    /// directory); without, a missing one is an error. A file that is not a Parole library is
    /// never written to.
    public convenience init(path: String, create: Bool = true) throws(LibraryError) {
        try self.init(path: path, create: create, readOnly: false, busyTimeout: 3, checkpoint: nil)
    }

    /// Opens the library; `readOnly` opens it for reading only, `busyTimeout` is how long to wait
    /// for another process's write lock, `checkpoint` is the failure-injection hook of tests.
    init(
        path: String, create: Bool, readOnly: Bool, busyTimeout: TimeInterval,
        checkpoint: (@Sendable (String) throws -> Void)?
    ) throws(LibraryError) {
        self.path = path
        self.checkpoint = checkpoint
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard create else { throw .missing(path: path) }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                do {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw .other(path: path, message: "cannot create directory \(directory)")
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        let writable =
            !readOnly && (manager.isWritableFile(atPath: path) || !manager.fileExists(atPath: path))
        if writable {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        } else {
            configuration.readonly = true
        }
        do {
            database = try Library.openQueue(path: path, configuration: configuration)
            try database.read { db in try Library.checkIsParoleLibrary(db, path: path) }
            let migrator = LibrarySchema.migrator
            let upToDate = try database.read { db in try migrator.hasCompletedMigrations(db) }
            if writable {
                // Only once the file is known to be a Parole library (or new) is it written to.
                try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
            if !upToDate {
                guard writable else { throw LibraryError.readOnly(path: path) }
                try migrator.migrate(database)
            }
        } catch {
            throw LibraryError(error, path: path)
        }
    }

    /// The database at `path`. A library that cannot be written is opened for reading; when
    /// even that fails — a WAL library in a directory this user cannot write, whose shared-memory
    /// file (`-shm`) SQLite can neither find nor create: a colleague's library, a read-only
    /// mount — it is opened again as immutable (`?immutable=1`), without the `-shm` and `-wal`
    /// files and without locks. That happens only when no one has the library open (both files
    /// exist while someone does, and the first open then succeeds), so nothing is missed but a
    /// write-ahead log left behind by a crash; nothing is ever written.
    private static func openQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        guard configuration.readonly else {
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        do {
            return try readableQueue(path: path, configuration: configuration)
        } catch let failure as DatabaseError
            where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(failure.resultCode)
        {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            guard let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) else {
                throw failure
            }
            do {
                return try readableQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
            } catch {
                // Without URI filenames in this SQLite, or any other failure: the first error says more.
                throw failure
            }
        }
    }

    /// The database at `path` (a file name or an SQLite URI), once a first read succeeded.
    private static func readableQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        return queue
    }

    private static func checkIsParoleLibrary(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if !tables.isEmpty && !tables.contains("grdb_migrations") { throw LibraryError.foreign(path: path) }
        if tables.contains("grdb_migrations"), try LibrarySchema.migrator.hasBeenSuperseded(db) {
            throw LibraryError.newerSchema(path: path)
        }
    }

    /// Whether the article `source` is stored with exactly `text` (and by the analysis version
    /// `analysisVersion`): adding it again would do nothing.
    public func isStored(source: String, text: String, analysisVersion: String? = nil) throws(LibraryError)
        -> Bool
    {
        try storedItems([(source, text)], analysisVersion: analysisVersion)[0]
    }

    /// For each of `items` (a name and a text), whether ``isStored(source:text:analysisVersion:)``
    /// holds, told in one read of the library (500 names a query): a feed of 10,000 items is
    /// checked at once rather than in 10,000 transactions.
    public func storedItems(_ items: [(source: String, text: String)], analysisVersion: String? = nil)
        throws(LibraryError) -> [Bool]
    {
        guard !items.isEmpty else { return [] }
        let names = Array(Set(items.map(\.source)))
        let stored = try read { db in
            var found: [String: (hash: String, version: String?)] = [:]
            for start in stride(from: 0, to: names.count, by: 500) {
                let chunk = Array(names[start..<min(start + 500, names.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT source, hash, analysisVersion FROM article WHERE source IN (\(marks))",
                    arguments: StatementArguments(chunk))
                {
                    found[row["source"]] = (row["hash"], row["analysisVersion"])
                }
            }
            return found
        }
        return items.map { item in
            guard let row = stored[item.source] else { return false }
            return row.hash == ContentHash.of(item.text) && row.version == analysisVersion
        }
    }

    /// Stores `analysis` for the article `entry`, in one transaction. An article stored before
    /// with the same text is left as it is; one with other text is replaced.
    @discardableResult
    public func add(_ entry: LibraryEntry, analysis: Analysis) throws(LibraryError) -> AddOutcome {
        do {
            return try database.write { db in
                try ArticleWriter(db: db, checkpoint: checkpoint).add(entry, analysis)
            }
        } catch {
            throw LibraryError(error, path: path)
        }
    }

    /// Stores several articles in one transaction, each inside a savepoint of its own: an article
    /// that fails is rolled back alone and its error returned in its place, the others are stored
    /// together when the transaction commits. One commit for many articles spares the full-text
    /// index and the actor counts a flush per article, which made storing the slowest part of
    /// `parole add`. An interruption loses at most this batch; what was stored before stays. An
    /// error that ends the whole transaction (a full disk) is thrown: nothing of the batch is stored.
    public func add(batch items: [(LibraryEntry, Analysis)]) throws(LibraryError) -> [Result<
        AddOutcome, LibraryError
    >] {
        do {
            return try database.write { db in
                var results: [Result<AddOutcome, LibraryError>] = []
                results.reserveCapacity(items.count)
                for (entry, analysis) in items {
                    var outcome = AddOutcome.unchanged
                    do {
                        try db.inSavepoint {
                            outcome = try ArticleWriter(db: db, checkpoint: checkpoint).add(entry, analysis)
                            return .commit
                        }
                        results.append(.success(outcome))
                    } catch {
                        // A full disk (SQLITE_FULL) or an I/O error can make SQLite roll back the
                        // whole transaction, not only the savepoint: the batch is lost, and its
                        // cause is this error, not the commit's "transaction was aborted".
                        guard db.isInsideTransaction else { throw error }
                        results.append(.failure(LibraryError(error, path: path)))
                    }
                }
                return results
            }
        } catch {
            throw LibraryError(error, path: path)
        }
    }

    /// How many articles the library holds.
    public func articleCount() throws(LibraryError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// Runs `body` in a read transaction, turning errors into library errors.
    func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw LibraryError(error, path: path)
        }
    }

    /// Waits for SQLite's write lock as a write would (the busy timeout) and gives it back at
    /// once: throws ``LibraryError/locked(path:)`` when another process holds it that long, so
    /// that a long write (the reader's `R`) stops with one message rather than fail at each step.
    public func checkWritable() throws(LibraryError) {
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
        } catch {
            throw LibraryError(error, path: path)
        }
    }

    /// Runs `body` in a write transaction, turning errors into library errors.
    func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw LibraryError(error, path: path)
        }
    }
}
