import Foundation

/// A small HTTP server on 127.0.0.1 (a free port) for feed tests. Each path answers with the
/// document set for it, which a test may change between requests. A document with an `ETag` or
/// a `Last-Modified` answers 304 to a request that sends it back, as real servers do. The
/// server records every request and how many it served at once. It serves until `stop()`.
public final class LoopbackFeedServer: @unchecked Sendable {
    /// One document the server holds.
    public struct Document: Sendable {
        /// The status of a full answer.
        public var status: Int
        /// The `Content-Type`.
        public var contentType: String
        /// The body.
        public var body: Data
        /// The `ETag` sent with it, if any.
        public var etag: String?
        /// The `Last-Modified` sent with it, if any.
        public var lastModified: String?
        /// Seconds to wait before answering.
        public var delay: TimeInterval

        /// A document.
        public init(
            status: Int = 200, contentType: String = "application/rss+xml", body: Data = Data(),
            etag: String? = nil, lastModified: String? = nil, delay: TimeInterval = 0
        ) {
            self.status = status
            self.contentType = contentType
            self.body = body
            self.etag = etag
            self.lastModified = lastModified
            self.delay = delay
        }
    }

    /// One request received.
    public struct Request: Sendable {
        /// The path asked for.
        public var path: String
        /// The request's headers, names in lower case.
        public var headers: [String: String]
        /// The status answered.
        public var status: Int
    }

    private let listener: LoopbackListener
    /// The port the server listens on.
    public let port: UInt16
    private let lock = NSLock()
    private var documents: [String: Document] = [:]
    private var log: [Request] = []
    private var inFlight = 0
    private var mostInFlight = 0

    /// Starts a server with no documents (every path answers 404 until `set` gives it one).
    public init() throws {
        listener = try LoopbackListener(backlog: 64)
        port = listener.port
        listener.start { [unowned self] client, head in serve(client, head) }
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> String { listener.url(path) }

    /// Serves `document` at `path` from now on (nil: 404 again).
    public func set(_ path: String, _ document: Document?) {
        lock.lock()
        documents[path] = document
        lock.unlock()
    }

    /// The requests received so far, in order of arrival.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    /// The most requests the server was answering at the same moment.
    public var mostConcurrentRequests: Int {
        lock.lock()
        defer { lock.unlock() }
        return mostInFlight
    }

    /// Stops accepting connections.
    public func stop() { listener.stop() }

    private func serve(_ client: Int32, _ request: LoopbackListener.RequestHead) {
        lock.lock()
        inFlight += 1
        mostInFlight = max(mostInFlight, inFlight)
        lock.unlock()
        defer {
            lock.lock()
            inFlight -= 1
            lock.unlock()
        }
        let path = request.path
        let headers = request.headers
        lock.lock()
        let document = documents[path]
        lock.unlock()
        var status = 404
        var head: [String] = ["Content-Type: text/plain"]
        var body = Data("not found".utf8)
        if let document {
            if document.delay > 0 { Thread.sleep(forTimeInterval: document.delay) }
            var validators: [String] = []
            if let etag = document.etag { validators.append("ETag: \(etag)") }
            if let lastModified = document.lastModified {
                validators.append("Last-Modified: \(lastModified)")
            }
            let unchanged =
                (document.etag != nil && headers["if-none-match"] == document.etag)
                || (document.etag == nil && document.lastModified != nil
                    && headers["if-modified-since"] == document.lastModified)
            if unchanged {
                status = 304
                head = validators
                body = Data()
            } else {
                status = document.status
                head = ["Content-Type: \(document.contentType)"] + validators
                body = document.body
            }
        }
        lock.lock()
        log.append(Request(path: path, headers: headers, status: status))
        lock.unlock()
        var text = "HTTP/1.1 \(status) X\r\n"
        for line in head { text += line + "\r\n" }
        if status != 304 { text += "Content-Length: \(body.count)\r\n" }
        text += "Connection: close\r\n\r\n"
        LoopbackListener.send(Data(text.utf8) + body, to: client)
    }
}
