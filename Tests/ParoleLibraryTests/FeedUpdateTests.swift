import Foundation
import GRDB
import ParoleKit
import ParoleSources
import ParoleTestSupport
import Testing

@testable import ParoleLibrary

/// `FeedUpdate` against feeds served on the loopback address.
@Suite struct FeedUpdateTests {
    let directory: TemporaryDirectory
    let server: LoopbackFeedServer

    init() throws {
        directory = try TemporaryDirectory()
        server = try LoopbackFeedServer()
    }

    /// An RSS feed titled `title` holding one item per (title, text), linked to /article/N.
    static func feed(_ title: String = "Le Fil", items: [(String, String)], links: String = "article") -> Data
    {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
        for (index, item) in items.enumerated() {
            xml += """
                <item><title>\(item.0)</title><link>https://example.org/\(links)/\(index + 1)</link>
                <pubDate>Mon, 0\(index + 1) Jul 2012 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;\(item.1)&lt;/p&gt;</description></item>
                """
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    static let first = ("Premier", "« Tout va bien », a affirmé Marie Dupont, maire de la ville.")
    static let second = ("Second", "Les élections législatives approchent.")
    static let third = ("Troisième", "« Nous ne céderons pas », a déclaré Dmitri Peskov.")

    /// An update of `library`. Its fetcher waits long: no test here is about a timeout, and a
    /// short one raced the other suites. FoundationNetworking runs every transfer of the
    /// process on one shared work queue, where libcurl may still be decoding the gzip bomb of
    /// `URLFetcherTests` (1–5 s, longer under load) after that test has returned: a fetch of
    /// this suite started then timed out at 2 s and its update added nothing (reproduced with
    /// `--filter "FeedUpdateTests|URLFetcherTests"`: 1 run in 3 failed on a loaded machine).
    func updater(_ library: Library, width: Int = 4) -> FeedUpdate {
        FeedUpdate(library: library, fetcher: URLFetcher(timeout: 60), maxConcurrentFetches: width)
    }

    @Test func aNewItemIsAddedUnreadAndItemsAlreadyStoredAreNotAddedTwice() throws {
        defer { server.stop() }
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: server.url("/fil.xml"))
        server.set("/fil.xml", .init(body: Self.feed(items: [Self.first, Self.second])))
        let before = try updater(library).update()
        #expect(before.feeds.map(\.outcome) == [.fetched])
        #expect((before.added, before.unchanged) == (2, 0))
        for article in try library.articles() { try library.setRead(articleId: article.id, true) }

        server.set("/fil.xml", .init(body: Self.feed(items: [Self.first, Self.second, Self.third])))
        let after = try updater(library).update()
        #expect((after.added, after.updated, after.unchanged) == (1, 0, 2))
        #expect(after.line.hasPrefix("1 feed: 1 new article, 0 changed, 2 unchanged ("))
        let articles = try library.articles()
        #expect(articles.count == 3)
        #expect(articles.filter { !$0.isRead }.map(\.title) == ["Troisième"])
        #expect(try library.subscriptions().first?.title == "Le Fil")
        // The new item was analysed: its quote is in the library.
        #expect(try library.quotes().contains { $0.text == "Nous ne céderons pas" })
    }

    @Test func aFeedTheServerSaysIsUnchangedIsNotDownloadedAgain() throws {
        defer { server.stop() }
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: server.url("/fil.xml"))
        let modified = "Mon, 02 Jul 2012 10:00:00 GMT"
        server.set(
            "/fil.xml",
            .init(body: Self.feed(items: [Self.first]), etag: "\"v1\"", lastModified: modified))
        #expect(try updater(library).update().added == 1)
        let stored = try #require(try library.subscriptions().first)
        #expect((stored.etag, stored.lastModified) == ("\"v1\"", modified))

        let unchanged = try updater(library).update()
        #expect(unchanged.feeds.map(\.outcome) == [.notModified])
        #expect(unchanged.feeds.first?.line == "Le Fil: not modified")
        #expect(unchanged.line.hasPrefix("1 feed: 0 new articles, 0 changed, 0 unchanged; 1 not modified ("))
        let asked = try #require(server.requests.last)
        #expect(asked.headers["if-none-match"] == "\"v1\"")
        #expect(asked.headers["if-modified-since"] == modified)
        #expect(asked.status == 304)

        server.set(
            "/fil.xml", .init(body: Self.feed(items: [Self.first, Self.second]), etag: "\"v2\""))
        let changed = try updater(library).update()
        #expect((changed.added, changed.unchanged) == (1, 1))
        #expect(try library.subscriptions().first?.etag == "\"v2\"")
        #expect(try library.articleCount() == 2)
    }

    @Test func theFirstUpdateAfterIdsAreKeptReadsEachFeedWholeSoItsArticlesLearnTheirIds() throws {
        defer { server.stop() }
        /// One item of guid "g-1" under `link` saying `text`.
        func feed(_ link: String, _ text: String) -> Data {
            Data(
                """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Le Fil</title>
                <item><title>Premier</title><link>https://example.org/\(link)</link><guid>g-1</guid>
                <description>\(text)</description></item></channel></rss>
                """.utf8)
        }
        let path = directory.libraryPath
        let library = try Fixture.library(path)
        try library.subscribe(url: server.url("/fil.xml"))
        server.set("/fil.xml", .init(body: feed("un", Self.first.1), etag: "\"v1\""))
        #expect(try updater(library).update().added == 1)
        // As a Parole before `v9-feed-item` left it: the article knows no id, the feed's
        // validators are kept.
        let older = try DatabaseQueue(path: path)
        try older.write { db in
            try db.execute(sql: "UPDATE article SET feedItem = NULL")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v11-learn-feed-item-ids'")
        }
        try older.close()
        let upgraded = try Fixture.library(path)
        // The feed has not changed, but is read whole: its article learns its id.
        let first = try updater(upgraded).update()
        #expect(first.feeds.map(\.outcome) == [.fetched])
        #expect(server.requests.last?.headers["if-none-match"] == nil)
        #expect(try updater(upgraded).update().feeds.map(\.outcome) == [.notModified])
        // Then its link and text change at once: the same article, changed.
        server.set(
            "/fil.xml",
            .init(
                body: feed("un-bis", "« Tout va très bien », a affirmé Marie Dupont, maire."), etag: "\"v2\"")
        )
        let changed = try updater(upgraded).update()
        #expect((changed.added, changed.updated) == (0, 1))
        #expect(try upgraded.articleCount() == 1)
    }

    /// A one-item feed whose item has guid "g1", `title`, `link` on example.org and `text`.
    static func feedOfGuidG1(_ title: String, _ link: String, _ text: String) -> Data {
        Data(
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Le Fil</title>
            <item><title>\(title)</title><link>https://example.org/\(link)</link><guid>g1</guid>
            <description>\(text)</description></item></channel></rss>
            """.utf8)
    }

    static let stadium = (
        "Le nouveau stade", "« Le chantier commencera en mai », a annoncé le préfet Paul Leroy à Nantes."
    )

    /// Every stored article as (number, name, text fingerprint, read mark), in number order.
    func stored(_ library: Library) throws -> [(Int64, String, String, Bool)] {
        let read = Dictionary(uniqueKeysWithValues: try library.articles().map { ($0.id, $0.isRead) })
        return try library.read { db in
            try Row.fetchAll(db, sql: "SELECT id, source, hash FROM article ORDER BY id").map {
                ($0["id"], $0["source"], $0["hash"], read[$0["id"]] ?? false)
            }
        }
    }

    /// A library subscribed to /fil.xml, updated once with its item g1 at /ancien (`first`).
    func libraryHoldingG1AtAncien() throws -> Library {
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: server.url("/fil.xml"))
        server.set("/fil.xml", .init(body: Self.feedOfGuidG1(Self.first.0, "ancien", Self.first.1)))
        #expect(try updater(library).update().added == 1)
        return library
    }

    /// The feed reuses guid g1 for a new article at a new link (stored as a second article, with
    /// the id too), then edits that article's slug: the second article is renamed, not stored
    /// a third time.
    @Test func aSlugEditedAfterTheFeedReusedAGuidRenamesTheArticleOfThatText() throws {
        defer { server.stop() }
        let library = try libraryHoldingG1AtAncien()
        server.set("/fil.xml", .init(body: Self.feedOfGuidG1(Self.stadium.0, "nouveau", Self.stadium.1)))
        #expect(try updater(library).update().added == 1)
        let before = try stored(library)
        #expect(before.map(\.1) == ["https://example.org/ancien", "https://example.org/nouveau"])

        server.set(
            "/fil.xml", .init(body: Self.feedOfGuidG1(Self.stadium.0, "nouveau-stade", Self.stadium.1)))
        let edited = try updater(library).update()
        #expect(
            (edited.added, edited.updated, edited.unchanged) == (0, 0, 1), "\(edited.feeds.map(\.outcome))")
        let after = try stored(library)
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == ["https://example.org/ancien", "https://example.org/nouveau-stade"])
        #expect(after.map(\.2) == before.map(\.2))
    }

    /// Through the reuse of its guid, a slug edit of the new article and an item that resembles
    /// both stored articles (one title, neither can be told), the first article keeps its number,
    /// name, text and read mark.
    @Test func theArticleWhoseGuidTheFeedReusedIsNeverTakenOrChanged() throws {
        defer { server.stop() }
        let library = try libraryHoldingG1AtAncien()
        let old = try #require(try stored(library).first)
        try library.setRead(articleId: old.0, true)
        let untouched = (old.0, old.1, old.2, true)
        let steps = [
            (Self.stadium.0, "nouveau", Self.stadium.1),
            (Self.stadium.0, "nouveau-stade", Self.stadium.1),
            // The old article's title over another text: it and the stadium article both
            // resemble it by a line or by words, so it is stored as a new article.
            (Self.first.0, "autre", Self.stadium.1 + " Les travaux dureront deux ans."),
        ]
        for (title, link, text) in steps {
            server.set("/fil.xml", .init(body: Self.feedOfGuidG1(title, link, text)))
            _ = try updater(library).update()
            let first = try #require(try stored(library).first)
            #expect(first == untouched, "after \(link)")
        }
        #expect(try library.articleCount() == 3)
    }

    @Test func deadFeedsAreReportedAndTheOthersStillUpdated() throws {
        defer { server.stop() }
        let library = try Fixture.library(directory.libraryPath)
        let closed = try LoopbackFeedServer()
        closed.stop()
        server.set("/fil.xml", .init(body: Self.feed(items: [Self.first])))
        server.set(
            "/page.html", .init(contentType: "text/html", body: Data("<html><p>Bonjour</p></html>".utf8)))
        for url in [
            server.url("/fil.xml"), server.url("/disparu.xml"), closed.url("/fil.xml"),
            server.url("/page.html"),
        ] {
            try library.subscribe(url: url)
        }
        let summary = try updater(library).update()
        #expect(summary.feeds.map(\.failed) == [false, true, true, true])
        #expect(summary.feeds[1].outcome == .failed("HTTP 404 Not Found"))
        #expect(summary.feeds[2].line.hasPrefix(closed.url("/fil.xml") + ": failed: cannot reach the server"))
        #expect(summary.feeds[3].outcome == .failed("not an RSS or Atom feed"))
        #expect(summary.added == 1)
        #expect(summary.line.contains("; 3 failed ("))
        let subscriptions = try library.subscriptions()
        #expect(subscriptions.map { $0.lastError == nil } == [true, false, false, false])
        #expect(subscriptions.allSatisfy { $0.checkedAt != nil })
    }

    @Test func feedsAreFetchedSeveralAtATimeButNoMoreThanTheLimit() throws {
        defer { server.stop() }
        let library = try Fixture.library(directory.libraryPath)
        for index in 1...10 {
            server.set(
                "/fil\(index).xml",
                .init(
                    body: Self.feed(
                        "Fil \(index)", items: [("Titre \(index)", "Texte numéro \(index).")],
                        links: "fil\(index)"),
                    delay: 0.3))
            try library.subscribe(url: server.url("/fil\(index).xml"))
        }
        let seen = ProgressLog()
        let summary = try updater(library, width: 4).update { seen.append($0) }
        #expect(summary.feeds.map(\.title) == (1...10).map { "Fil \($0)" })
        #expect(summary.added == 10)
        #expect(server.mostConcurrentRequests >= 2)
        #expect(server.mostConcurrentRequests <= 4)
        #expect(seen.entries.map(\.done) == Array(1...10))
        #expect(seen.entries.allSatisfy { $0.total == 10 })
    }

    @Test func aFeedWhoseItemsCouldNotBeStoredIsFetchedWholeNextTime() throws {
        defer { server.stop() }
        struct InjectedFailure: Error {}
        let path = directory.libraryPath
        try Fixture.library(path).subscribe(url: server.url("/fil.xml"))
        server.set("/fil.xml", .init(body: Self.feed(items: [Self.first]), etag: "\"v1\""))
        let failing = try Fixture.library(path) { if $0 == "quotes" { throw InjectedFailure() } }
        let failed = try updater(failing).update()
        #expect(failed.feeds.first?.failed == true)
        #expect(try failing.subscriptions().first?.etag == nil)
        #expect(try failing.articleCount() == 0)

        let library = try Fixture.library(path)
        let retried = try updater(library).update()
        #expect(retried.feeds.map(\.outcome) == [.fetched])
        #expect(retried.added == 1)
        #expect(server.requests.last?.headers["if-none-match"] == nil)
    }

    @Test func aFeedLongerThanOneStoringChunkIsStoredWhole() throws {
        defer { server.stop() }
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: server.url("/long.xml"))
        let items = (1...(FeedUpdate.chunkSize * 2 + 3)).map { ("Titre \($0)", "Texte numéro \($0).") }
        server.set("/long.xml", .init(body: Self.feed(items: items)))
        let summary = try updater(library).update()
        #expect(summary.added == items.count)
        #expect(try library.articleCount() == items.count)
    }

    @Test func relativeLinksFromTwoSitesStayTwoArticles() throws {
        defer { server.stop() }
        let other = try LoopbackFeedServer()
        defer { other.stop() }
        let item =
            "<item><title>Même chemin</title><link>/2012/07/article</link><description>Texte.</description></item>"
        let feed = Data("<rss version=\"2.0\"><channel><title>F</title>\(item)</channel></rss>".utf8)
        let library = try Fixture.library(directory.libraryPath)
        for site in [server, other] {
            site.set("/fil.xml", .init(body: feed))
            try library.subscribe(url: site.url("/fil.xml"))
        }
        #expect(try updater(library).update().added == 2)
        #expect(
            Set(try library.articles().map(\.source))
                == [server.url("/2012/07/article"), other.url("/2012/07/article")])
    }

    @Test func itemsWithoutALinkKeepTheirOwnArticlesAsTheFeedGrows() throws {
        defer { server.stop() }
        func feed(_ titles: [String]) -> Data {
            let items = titles.map {
                "<item><title>\($0)</title><description>Texte de \($0).</description></item>"
            }
            return Data(
                "<rss version=\"2.0\"><channel><title>F</title>\(items.joined())</channel></rss>".utf8)
        }
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: server.url("/fil.xml"))
        server.set("/fil.xml", .init(body: feed(["Ancien"])))
        let first = try updater(library).update()
        #expect(first.added == 1, "\(first.feeds.map(\.outcome))")
        server.set("/fil.xml", .init(body: feed(["Nouveau", "Ancien"])))
        let summary = try updater(library).update()
        #expect(
            (summary.added, summary.updated, summary.unchanged) == (1, 0, 1),
            "\(summary.feeds.map(\.outcome))")
        #expect(Set(try library.articles().map(\.title)) == ["Ancien", "Nouveau"])
    }
}

/// Progress reports collected from the update's threads.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [FeedUpdateProgress] = []

    func append(_ progress: FeedUpdateProgress) {
        lock.lock()
        log.append(progress)
        lock.unlock()
    }

    var entries: [FeedUpdateProgress] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }
}
