import Foundation
import Testing

@testable import ParoleSources

/// Fetching pages and feeds from a test server on the loopback address only.
@Suite(.serialized) struct URLFetcherTests {
    static let page = Data(
        "<html><body><h1>Titre en ligne</h1><p>Le texte de l&#39;article.</p></body></html>".utf8)
    static let feed = Data(
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
        <item><title>A</title><link>http://127.0.0.1/a</link><description>Un.</description></item>
        <item><title>B</title><link>http://127.0.0.1/b</link><description>Deux.</description></item>
        </channel></rss>
        """.utf8)

    let server: LoopbackHTTPServer
    let reader = SourceReader(fetcher: URLFetcher(timeout: 1, maxBytes: 4096))

    init() throws {
        server = try LoopbackHTTPServer(
            routes: [
                "/article.html": .init(body: Self.page),
                "/fil.xml": .init(contentType: "application/rss+xml", body: Self.feed),
                "/moved": .init(status: 301, headers: ["Location": "/article.html"]),
                "/slow": .init(body: Self.page, delay: 4),
                "/image.png": .init(contentType: "image/png", body: Data([0x89, 0x50, 0x4E, 0x47])),
                "/big.html": .init(body: Data(repeating: 0x61, count: 10_000)),
            ].merging(Self.hostileRoutes) { $1 })
    }

    @Test func fetchesAPage() {
        let reading = reader.read(url: server.url("/article.html"))
        #expect(reading.error == nil)
        #expect(reading.articles.map(\.text) == ["Titre en ligne\nLe texte de l'article."])
        #expect(reading.articles.first?.source == server.url("/article.html"))
        server.stop()
    }

    @Test func fetchesAFeedAsSeveralArticles() {
        let reading = reader.read(url: server.url("/fil.xml"))
        #expect(reading.articles.map(\.text) == ["A\nUn.", "B\nDeux."])
        #expect(reading.articles.map(\.link) == ["http://127.0.0.1/a", "http://127.0.0.1/b"])
        server.stop()
    }

    @Test func followsRedirects() {
        let reading = reader.read(url: server.url("/moved"))
        #expect(reading.articles.first?.text.hasPrefix("Titre en ligne") == true)
        server.stop()
    }

    @Test func aMissingPageIsA404() {
        let reading = reader.read(url: server.url("/nowhere"))
        #expect(reading.articles.isEmpty)
        #expect(reading.error == "HTTP 404 Not Found")
        server.stop()
    }

    @Test func aSlowServerTimesOut() {
        let started = Date()
        let reading = reader.read(url: server.url("/slow"))
        #expect(
            reading.error?.contains("timed out") == true,
            "\(reading.error ?? "nil") \(Date().timeIntervalSince(started))")
        #expect(Date().timeIntervalSince(started) < 3.5)
        server.stop()
    }

    @Test func binaryAnswersAreRefused() {
        #expect(
            reader.read(url: server.url("/image.png")).error
                == "not a page or a feed (content type image/png)")
        server.stop()
    }

    @Test func answersOverTheCapAreRefused() {
        let big = reader.read(url: server.url("/big.html"));
        #expect(big.error == "too large: more than 4 KiB; not fetched", "\(big.error ?? "nil")")
        server.stop()
    }

    @Test func aClosedPortIsUnreachable() {
        server.stop()
        let reading = reader.read(url: server.url("/article.html"))
        #expect(reading.error?.contains("cannot reach") == true)
    }
}
