import Foundation
import ParoleTestSupport

/// A tiny HTTP/1.0 server on 127.0.0.1 (a free port) for tests: each path answers with a fixed
/// status, headers and body, optionally after a delay. It serves until `stop()`.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// One canned answer.
    struct Answer: Sendable {
        var status: Int = 200
        var contentType: String = "text/html; charset=utf-8"
        var body: Data = Data()
        var headers: [String: String] = [:]
        var delay: TimeInterval = 0
        /// How many times the body is sent (Content-Length says the total): a large answer
        /// without holding it in memory. The server stops when the client hangs up.
        var repeats: Int = 1
        /// A pause before each body piece (a trickling server).
        var pieceDelay: TimeInterval = 0
    }

    private let listener: LoopbackListener
    /// The port the server listens on.
    let port: UInt16
    private let routes: [String: Answer]

    /// Starts serving `routes` (path → answer); unknown paths get a 404.
    init(routes: [String: Answer]) throws {
        self.routes = routes
        listener = try LoopbackListener()
        port = listener.port
        listener.start { [routes] client, head in Self.answer(routes[head.path], to: client) }
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { listener.url(path) }

    /// Stops accepting connections.
    func stop() { listener.stop() }

    private static func answer(_ route: Answer?, to client: Int32) {
        let answer = route ?? Answer(status: 404, contentType: "text/plain", body: Data("not found".utf8))
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var head = "HTTP/1.0 \(answer.status) X\r\nContent-Type: \(answer.contentType)\r\n"
        head += "Content-Length: \(answer.body.count * answer.repeats)\r\nConnection: close\r\n"
        for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard LoopbackListener.send(Data(head.utf8), to: client) else { return }
        for _ in 0..<answer.repeats {
            if answer.pieceDelay > 0 { Thread.sleep(forTimeInterval: answer.pieceDelay) }
            guard LoopbackListener.send(answer.body, to: client) else { return }
        }
    }
}
