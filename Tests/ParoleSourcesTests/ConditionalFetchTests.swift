import Foundation
import Testing

@testable import ParoleSources

/// The fetcher's side of conditional requests: validators given back, request headers sent, 304
/// returned as "not modified" only when asked for.
@Suite struct ConditionalFetchTests {
    let server: LoopbackHTTPServer
    // No test here times out: the limit leaves room for a loaded machine.
    let fetcher = URLFetcher(timeout: 10, maxBytes: 4096)

    init() throws {
        server = try LoopbackHTTPServer(routes: [
            "/fil.xml": .init(
                contentType: "application/rss+xml", body: Data("<rss/>".utf8),
                headers: ["ETag": "\"v1\"", "Last-Modified": "Mon, 02 Jul 2012 10:00:00 GMT"]),
            "/unchanged.xml": .init(
                status: 304, contentType: "application/rss+xml", headers: ["ETag": "\"v1\""]),
        ])
    }

    @Test func aFullAnswerCarriesItsValidators() throws {
        defer { server.stop() }
        let fetched = try fetcher.fetch(server.url("/fil.xml"))
        #expect(!fetched.notModified)
        #expect(fetched.status == 200)
        #expect(fetched.etag == "\"v1\"")
        #expect(fetched.lastModified == "Mon, 02 Jul 2012 10:00:00 GMT")
    }

    @Test func a304ToAConditionalRequestIsNotModified() throws {
        defer { server.stop() }
        let fetched = try fetcher.fetch(server.url("/unchanged.xml"), headers: ["If-None-Match": "\"v1\""])
        #expect(fetched.notModified)
        #expect(fetched.data.isEmpty)
        #expect(fetched.etag == "\"v1\"")
    }

    @Test func a304ToAPlainRequestIsAnError() {
        defer { server.stop() }
        #expect(throws: FetchError.status(304)) { try fetcher.fetch(server.url("/unchanged.xml")) }
    }
}
