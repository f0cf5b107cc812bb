import Foundation
import GRDB
import ParoleKit

@testable import ParoleLibrary

/// A temporary directory removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parole-library-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A library file path inside the directory.
    var libraryPath: String { path + "/parole/library.sqlite" }
}

/// The base of the suites whose tests each get a new library in a temporary directory of
/// their own (removed with the test): written once for every such suite.
class LibrarySuite {
    /// The test's directory.
    let directory: TemporaryDirectory
    /// The test's library, empty, in `directory`.
    let library: Library

    init() throws {
        directory = try TemporaryDirectory()
        library = try Fixture.library(directory.libraryPath)
    }

    /// Stores the made-up article `id` (source "test:ID", titled "Article ID"), dated `day`, in
    /// which each speaker is named and quoted.
    func addArticle(_ id: String, on day: String, _ speakers: [Fixture.Speaker]) throws {
        try library.add(
            LibraryEntry(source: "test:\(id)", date: Fixture.day(day)),
            analysis: Fixture.analysis(id, title: "Article \(id)", speakers: speakers))
    }
}

/// Hand-made analyses with actors and quotes, until the analysis core finds them itself.
enum Fixture {
    /// One actor of a made-up article: its name, aliases (roles start in lower case) and quotes.
    struct Speaker {
        var name: String
        var aliases: [String] = []
        var quotes: [String] = []
        var type: EntityType = .person
        /// The sort of source; nil takes the one the type implies.
        var kind: ActorKind? = nil
    }

    /// An analysis of a made-up article titled `title` in which each speaker is named and quoted.
    static func analysis(_ id: String, title: String, speakers: [Speaker]) -> Analysis {
        var text = title + "\n"
        var actors: [Actor] = []
        var quotes: [Quote] = []
        var entities: [Entity] = []
        for (index, speaker) in speakers.enumerated() {
            let localId = "a\(index + 1)"
            let nameStart = text.unicodeScalars.count
            text += speaker.name
            let nameSpan = Span(nameStart, text.unicodeScalars.count)
            entities.append(Entity(span: nameSpan, type: speaker.type, text: speaker.name))
            text += " a déclaré : "
            for words in speaker.quotes {
                text += "« "
                let start = text.unicodeScalars.count
                text += words
                let span = Span(start, text.unicodeScalars.count)
                text += " » "
                quotes.append(
                    Quote(
                        span: span, text: words, kind: .direct,
                        speaker: ParoleKit.Speaker(text: speaker.name, span: nameSpan, actor: localId)))
            }
            text += "\n"
            actors.append(
                Actor(
                    id: localId, name: speaker.name, type: speaker.type, aliases: speaker.aliases,
                    occurrences: [nameSpan], quotes: speaker.quotes.count, kind: speaker.kind))
        }
        let paragraphs = Tokenizer().document(text).paragraphs.map(\.span)
        return Analysis(
            id: id, title: title, text: text, paragraphs: paragraphs, entities: entities, quotes: quotes,
            actors: actors)
    }

    /// A library opened on `path` for tests, waiting at most a tenth of a second for locks.
    static func library(
        _ path: String, readOnly: Bool = false, checkpoint: (@Sendable (String) throws -> Void)? = nil
    ) throws -> Library {
        try Library(path: path, create: true, readOnly: readOnly, busyTimeout: 0.1, checkpoint: checkpoint)
    }

    /// A library file at `path` with the schema up to migration `last` only, as an earlier
    /// Parole left it, for migration tests to fill and then open.
    static func olderLibrary(_ path: String, upTo last: String) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try LibrarySchema.migrator.migrate(queue, upTo: last)
        return queue
    }

    /// Runs `body`, which writes with today's `ArticleWriter` into a library at an older schema,
    /// with the article columns the writer fills that the schema lacks (migrations
    /// `v9-feed-item`, `v10-title-key`, `v12-date-offset`) added for the write and dropped after:
    /// the library is left as the older version left it.
    static func writingWithTodaysWriter(_ db: Database, _ body: () throws -> Void) throws {
        let columns = ["feedItem", "titleKey", "dateOffset"]
        for column in columns { try db.execute(sql: "ALTER TABLE article ADD COLUMN \(column) TEXT") }
        try body()
        for column in columns { try db.execute(sql: "ALTER TABLE article DROP COLUMN \(column)") }
    }

    /// The start of the day `yyyy-mm-dd` as a limit of the library's date filters.
    static func limit(_ text: String) -> ArticleDateLimit {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return .day(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The date `yyyy-mm-dd`, at noon UTC.
    static func day(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + "T12:00:00Z")!
    }
}
