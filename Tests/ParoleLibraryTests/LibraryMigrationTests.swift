import Foundation
import GRDB
import ParoleKit
import Testing

@testable import ParoleLibrary

/// A library written by an earlier schema opens with the new code and keeps its articles.
@Suite struct LibraryMigrationTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    /// Makes a library file with the v1 schema only and one article with a quote, written
    /// with v1's own columns.
    func makeVersion1Library(_ path: String) throws {
        let queue = try Fixture.olderLibrary(path, upTo: "v1")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (id, source, ident, title, date, link, author, text, hash, analysis, addedAt)
                    VALUES (1, 'old.txt', 'old', 'Un ancien article', '2012-05-22T12:00:00Z', NULL, NULL,
                        ?, 'h', ?, '2024-01-01T00:00:00Z');
                    INSERT INTO articleSearch (rowid, title, text) VALUES (1, 'Un ancien article', 'texte');
                    INSERT INTO quote (articleId, kind, text, start, "end", speaker, cue)
                    VALUES (1, 'direct', 'nous tiendrons', 10, 24, 'le ministre', 'a dit');
                    """,
                arguments: [
                    "Un ancien article\nIl a dit « nous tiendrons ».",
                    AnalysisJSON.encode(
                        Analysis(
                            id: "old", lang: "fr", title: "Un ancien article", text: "", paragraphs: [],
                            entities: [], quotes: [], actors: []), pretty: false),
                ])
        }
    }

    @Test func aVersion1LibraryKeepsItsArticlesAndGainsPageMetadata() throws {
        let path = directory.libraryPath
        try makeVersion1Library(path)
        let library = try Library(path: path)
        #expect(try library.articles().map(\.title) == ["Un ancien article"])
        let old = try #require(try library.quotes().first)
        #expect(old.text == "nous tiendrons")
        #expect(old.site == nil && old.via == nil && old.cue == "a dit")

        let analysis = Fixture.analysis(
            "new", title: "Un nouvel article", speakers: [.init(name: "Dmitri Peskov", quotes: ["non"])])
        _ = try library.add(
            LibraryEntry(
                source: "https://journal.example/a", link: "https://journal.example/a", site: "Le Journal",
                language: "fr"),
            analysis: analysis)
        let quote = try #require(try library.quotes().first { $0.text == "non" })
        #expect(quote.site == "Le Journal")
        #expect(quote.url == "https://journal.example/a")
        #expect(quote.actorType == "PER")
        var entries: [LibraryEntry] = []
        try library.forEachArticle { _, entry in entries.append(entry) }
        #expect(entries.map(\.source) == ["old.txt", "https://journal.example/a"])
        #expect(entries.last?.language == "fr")
    }
}
