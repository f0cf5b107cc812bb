import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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

    private let listener: Int32
    /// The port the server listens on.
    let port: UInt16
    private let routes: [String: Answer]

    /// Starts serving `routes` (path → answer); unknown paths get a 404.
    init(routes: [String: Answer]) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops accepting connections.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            request.append(contentsOf: buffer[0..<n])
            if request.count > 65_536 { return }
        }
        let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self)
        let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let answer =
            routes[path] ?? Answer(status: 404, contentType: "text/plain", body: Data("not found".utf8))
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var head = "HTTP/1.0 \(answer.status) X\r\nContent-Type: \(answer.contentType)\r\n"
        head += "Content-Length: \(answer.body.count * answer.repeats)\r\nConnection: close\r\n"
        for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard sendAll(client, Data(head.utf8)) else { return }
        for _ in 0..<answer.repeats {
            if answer.pieceDelay > 0 { Thread.sleep(forTimeInterval: answer.pieceDelay) }
            guard sendAll(client, answer.body) else { return }
        }
    }

    /// Sends all of `data`; false once the client has gone.
    private func sendAll(_ client: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var sent = 0
            while sent < raw.count {
                let n = send(client, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return false }
                sent += n
            }
            return true
        }
    }
}
