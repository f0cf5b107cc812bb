import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The socket side of the tests' loopback HTTP servers: listens on 127.0.0.1 (a free port) and,
/// once started, reads each request's head on a thread of its own and hands it to the server,
/// which answers with ``send(_:to:)``. Serves until ``stop()``.
public final class LoopbackListener: @unchecked Sendable {
    /// The head of one request.
    public struct RequestHead: Sendable {
        /// The path asked for.
        public var path: String
        /// The header fields, names in lower case.
        public var headers: [String: String]
    }

    private let listener: Int32
    /// The port listened on.
    public let port: UInt16

    /// Listens on a free port of 127.0.0.1; nothing is accepted before ``start(_:)``.
    public init(backlog: Int32 = 16) throws {
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
        guard bound == 0, listen(fd, backlog) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Accepts connections from now on: `answer` is called with each request's client socket and
    /// head, on the connection's own thread, and the socket is closed when it returns.
    public func start(_ answer: @escaping @Sendable (Int32, RequestHead) -> Void) {
        let fd = listener
        let thread = Thread {
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { return }
                let connection = Thread {
                    defer { close(client) }
                    if let head = Self.readHead(client) { answer(client, head) }
                }
                connection.start()
            }
        }
        thread.start()
    }

    /// The URL of `path` on this listener.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops accepting connections.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// Sends all of `data` to `client`; false once the client has gone.
    @discardableResult
    public static func send(_ data: Data, to client: Int32) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var sent = 0
            while sent < raw.count {
                let n = Glibc.send(client, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return false }
                sent += n
            }
            return true
        }
    }

    /// Reads a request up to its blank line (at most 64 KiB): its path and header fields.
    private static func readHead(_ client: Int32) -> RequestHead? {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return nil }
            request.append(contentsOf: buffer[0..<n])
            if request.count > 65_536 { return nil }
        }
        let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return RequestHead(path: path, headers: headers)
    }
}
