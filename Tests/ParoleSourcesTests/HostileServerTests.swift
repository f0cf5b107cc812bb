import Foundation
import Testing

@testable import ParoleSources

#if canImport(Glibc)
    import Glibc
#endif

/// Servers that try to exhaust memory or time: a gzip bomb, an honest but huge Content-Length,
/// a trickling body, a redirect loop. Each fetch ends quickly with a message saying what
/// happened, and the process's peak memory stays low. These tests belong to the serialized
/// ``URLFetcherTests`` suite: FoundationNetworking runs every transfer of the process on one
/// queue, so a bomb must not overlap the other fetch tests.
extension URLFetcherTests {
    static let hostileRoutes: [String: LoopbackHTTPServer.Answer] = [
        "/bomb": .init(body: gzipBomb(expandingTo: 300), headers: ["Content-Encoding": "gzip"]),
        "/huge": .init(body: Data(repeating: 0x61, count: 65_536), repeats: 32_768),
        "/trickle": .init(body: Data("<p>un peu</p>".utf8), repeats: 1000, pieceDelay: 0.05),
        "/loop-a": .init(status: 302, headers: ["Location": "/loop-b"]),
        "/loop-b": .init(status: 302, headers: ["Location": "/loop-a"]),
    ]

    /// A gzip stream of `megabytes`·2²⁰ zero bytes, about 160 times smaller (fixed Huffman
    /// codes: a literal 0, then matches of 258 bytes at distance 1, 13 bits each). The stream
    /// has no end: a client reading all of it would fail, one that stops at its cap never sees.
    static func gzipBomb(expandingTo megabytes: Int) -> Data {
        var bits: [Bool] = []
        func put(_ value: Int, _ count: Int, reversed: Bool = false) {
            for k in 0..<count {
                bits.append(((value >> (reversed ? count - 1 - k : k)) & 1) == 1)
            }
        }
        put(1, 1)  // BFINAL
        put(1, 2)  // fixed Huffman codes
        put(0b0011_0000, 8, reversed: true)  // literal 0
        for _ in 0..<24 {
            put(0b1100_0101, 8, reversed: true)  // length code 285: 258 bytes
            put(0, 5, reversed: true)  // distance code 0: distance 1
        }
        var bytes: [UInt8] = []
        for start in stride(from: 0, to: bits.count - 7, by: 8) {
            var byte: UInt8 = 0
            for k in 0..<8 where bits[start + k] { byte |= 1 << k }
            bytes.append(byte)
        }
        // From byte 2 on, every 13 bytes (8 matches, 104 bits) repeat.
        let unit = Array(bytes[2..<15])
        let units = megabytes * 1_048_576 / (258 * 8)
        var data = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3])
        data.append(contentsOf: bytes[0..<2])
        let block = Array([[UInt8]](repeating: unit, count: 1024).joined())
        for _ in 0..<(units / 1024) { data.append(contentsOf: block) }
        return data
    }

    /// The peak resident memory of this process, in bytes. Other suites run in the same process
    /// at the same time, so a test bounds how far the peak rises above where it stood when the
    /// test began, not the peak itself.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func aGzipBombStopsAtTheCapWithLittleMemory() throws {
        let started = Date()
        let before = Self.peakRSS()
        #expect(throws: FetchError.tooLarge(10 * 1_048_576)) {
            try URLFetcher(timeout: 20).fetch(server.url("/bomb"))
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(Self.peakRSS() < before + 200 * 1_048_576, "peak RSS \(Self.peakRSS() / 1_048_576) MiB")
        // libcurl reads the rest of what the socket holds before the cancel is seen; wait for it
        // so that the next test's transfers are not held up.
        #expect(throws: Never.self) { try URLFetcher(timeout: 30).fetch(server.url("/article.html")) }
        #expect(Self.peakRSS() < before + 200 * 1_048_576, "peak RSS \(Self.peakRSS() / 1_048_576) MiB")
        server.stop()
    }

    @Test func aHugeContentLengthIsRefusedBeforeTheBody() throws {
        let started = Date()
        let before = Self.peakRSS()
        let reading = SourceReader(fetcher: URLFetcher(timeout: 20)).read(url: server.url("/huge"))
        #expect(reading.error == "too large: more than 10 MiB; not fetched")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Self.peakRSS() < before + 200 * 1_048_576, "peak RSS \(Self.peakRSS() / 1_048_576) MiB")
        server.stop()
    }

    @Test func aTricklingBodyIsTooSlow() throws {
        let started = Date()
        let reading = SourceReader(fetcher: URLFetcher(timeout: 1.5)).read(url: server.url("/trickle"))
        let elapsed = Date().timeIntervalSince(started)
        #expect(reading.error?.hasPrefix("too slow: ") == true, "\(reading.error ?? "nil")")
        #expect(reading.error?.contains("in 1.5 s, the limit for the whole transfer") == true)
        #expect(elapsed < 3, "\(elapsed) s")
        server.stop()
    }

    @Test func aRedirectLoopIsNamed() throws {
        let reading = SourceReader(fetcher: URLFetcher(timeout: 5)).read(url: server.url("/loop-a"))
        #expect(
            reading.error == "redirect loop: the server sends back to \(server.url("/loop-a")); not fetched")
        server.stop()
    }

    @Test func requestHeadersGoOutAndResponseHeadersComeBack() throws {
        let fetched = try URLFetcher(timeout: 5).fetch(server.url("/article.html"), headers: ["X-Test": "1"])
        #expect(fetched.status == 200)
        #expect(fetched.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(fetched.data == Self.page)
        server.stop()
    }
}
