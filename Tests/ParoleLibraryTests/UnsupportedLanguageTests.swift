import Foundation
import GRDB
import ParoleKit
import Testing

@testable import ParoleLibrary

/// An article in a language the analysis does not support is stored, searchable and readable
/// with its analysis, but what the French rules found in it ("Die", "They" as speakers) stays
/// out of the library's actors, quotes and statistics — also in a library that counted it before.
@Suite struct UnsupportedLanguageTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    static let german = Fixture.analysis(
        "de", title: "Ein Artikel", speakers: [.init(name: "Die Bürger", quotes: ["Wir bleiben hier"])])
    static let french = Fixture.analysis(
        "fr", title: "Un article", speakers: [.init(name: "Marie Dupont", quotes: ["Nous restons"])])

    func expectOnlyTheFrenchArticleCounts(_ library: Library) throws {
        #expect(try library.actors().map(\.name) == ["Marie Dupont"])
        #expect(try library.actorRanking().map(\.name) == ["Marie Dupont"])
        #expect(try library.quotes().map(\.text) == ["Nous restons"])
        #expect(try library.statistics().quotes == 1)
        #expect(try library.merges().isEmpty)
        // The German article is still there, whole, and found by a search.
        let id = try #require(try library.articleId(source: "https://zeitung.example/a"))
        #expect(try library.article(id: id)?.analysis.quotes.map(\.text) == ["Wir bleiben hier"])
        #expect(try library.search("Bürger").map(\.article.id) == [id])
    }

    @Test func anArticleInAnUnsupportedLanguageIsStoredButNotCounted() throws {
        let library = try Fixture.library(directory.libraryPath)
        try library.add(
            LibraryEntry(source: "https://zeitung.example/a", language: "de"), analysis: Self.german)
        try library.add(
            LibraryEntry(source: "https://journal.example/a", language: "fr"), analysis: Self.french)
        try expectOnlyTheFrenchArticleCounts(library)
        // A correction made in the reader stores it again: still not counted.
        let id = try #require(try library.articleId(source: "https://zeitung.example/a"))
        try library.correct(articleId: id, .speaker(quote: 1, name: "Anna Schmidt"))
        #expect(try library.actors().map(\.name) == ["Marie Dupont"])
        #expect(try library.article(id: id)?.analysis.quotes.map(\.speaker?.text) == ["Anna Schmidt"])
    }

    @Test func aLibraryThatCountedThemStopsAtItsNextOpening() throws {
        let path = directory.libraryPath
        let queue = try Fixture.olderLibrary(path, upTo: "v5-scale")
        // As earlier versions stored it: every article counted, whatever its language.
        try queue.write { db in
            let writer = ArticleWriter(db: db, checkpoint: nil)
            try Fixture.writingWithTodaysWriter(db) {
                _ = try writer.add(LibraryEntry(source: "https://zeitung.example/a"), Self.german)
                _ = try writer.add(LibraryEntry(source: "https://journal.example/a"), Self.french)
            }
            try db.execute(
                sql: "UPDATE article SET language = 'de' WHERE source = 'https://zeitung.example/a'")
            try db.execute(
                sql: "UPDATE article SET language = 'fr' WHERE source = 'https://journal.example/a'")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") == 2)
        }
        try queue.close()
        try expectOnlyTheFrenchArticleCounts(try Fixture.library(path))
    }

    @Test func anActorNamedAfterAnUncountedArticleTakesBackTheNameItsArticlesGive() throws {
        let path = directory.libraryPath
        let queue = try Fixture.olderLibrary(path, upTo: "v5-scale")
        try queue.write { db in
            let writer = ArticleWriter(db: db, checkpoint: nil)
            try Fixture.writingWithTodaysWriter(db) {
                _ = try writer.add(
                    LibraryEntry(source: "https://journal.example/a"),
                    Fixture.analysis(
                        "fr", title: "Un article", speakers: [.init(name: "Mac", quotes: ["Oui"])]))
                _ = try writer.add(
                    LibraryEntry(source: "https://news.example/a"),
                    Fixture.analysis(
                        "en", title: "An article", speakers: [.init(name: "Taylor Mac", quotes: ["Yes"])]))
            }
            try db.execute(sql: "UPDATE article SET language = 'en' WHERE source = 'https://news.example/a'")
            #expect(try String.fetchAll(db, sql: "SELECT name FROM actor") == ["Taylor Mac"])
        }
        try queue.close()
        let library = try Fixture.library(path)
        #expect(try library.actors().map(\.name) == ["Mac"])
        #expect(try library.quotes().map(\.actor) == ["Mac"])
    }
}
