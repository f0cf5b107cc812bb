import Foundation
import ParoleKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why a URL could not be fetched.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    /// The text is not an http or https URL.
    case unsupportedURL
    /// The host could not be reached: no network, unknown host, connection refused.
    case unreachable(String)
    /// The server did not answer in time.
    case timedOut(TimeInterval)
    /// The server answered but the whole transfer did not end in time (a trickling body):
    /// the limit in seconds and the bytes received by then.
    case tooSlow(TimeInterval, received: Int)
    /// The server answered with an HTTP error status.
    case status(Int)
    /// The answer is larger than the cap (in bytes), by its Content-Length or by what came.
    case tooLarge(Int)
    /// The redirects lead back to a URL already visited.
    case redirectLoop(String)
    /// More redirects than allowed.
    case tooManyRedirects(Int)
    /// The answer is not a page or a feed (an image, a PDF, an archive…).
    case notText(String)
    /// Any other transfer failure.
    case failed(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unsupportedURL: return "not a valid http(s) URL (no host name)"
        case .unreachable(let why): return "cannot reach the server (\(why)); are you offline?"
        case .timedOut(let seconds): return "no answer within \(Self.seconds(seconds)) (timed out)"
        case .tooSlow(let seconds, let received):
            return
                "too slow: \(Self.size(received)) received in \(Self.seconds(seconds)), the limit for the whole "
                + "transfer; not fetched"
        case .status(let code):
            return "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .tooLarge(let cap): return "too large: more than \(Self.size(cap)); not fetched"
        case .redirectLoop(let url): return "redirect loop: the server sends back to \(url); not fetched"
        case .tooManyRedirects(let count): return "more than \(count) redirects; not fetched"
        case .notText(let type): return "not a page or a feed (content type \(type))"
        case .failed(let why): return "fetch failed: \(why)"
        }
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MiB" }
        if bytes >= 1_048_576 { return String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        if bytes >= 1024 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}

/// What a fetch brought back.
public struct FetchedDocument: Sendable {
    /// The body.
    public var data: Data
    /// The `Content-Type` the server sent, lower-cased, without parameters.
    public var contentType: String?
    /// The URL after redirects.
    public var url: URL
    /// The HTTP status of the final answer.
    public var status: Int = 200
    /// The response header fields of the final answer, by name as the server wrote them.
    public var headers: [String: String] = [:]
}

/// Fetches pages and feeds over http(s), for hostile servers too: redirects followed (not in a
/// loop), one wall-clock limit for the whole transfer, a size cap checked against the
/// Content-Length before the body and against the bytes as they come (after any decompression
/// the server forces), and only textual content types accepted.
///
/// Nothing is written to disk: no URL cache, no cookies, no credentials (an ephemeral session
/// with each store removed).
public struct URLFetcher: Sendable {
    /// Seconds the whole transfer may take, from the request to the last byte.
    public var timeout: TimeInterval
    /// The largest body accepted, in bytes (compressed or decompressed).
    public var maxBytes: Int
    /// The most redirects followed.
    public var maxRedirects: Int

    /// The default cap on a body: 10 MiB.
    public static let defaultMaxBytes = 10 * 1_048_576

    /// Creates a fetcher.
    public init(timeout: TimeInterval = 15, maxBytes: Int = URLFetcher.defaultMaxBytes, maxRedirects: Int = 5)
    {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    /// The header fields sent with every request (more can be given to ``fetch(_:headers:)``).
    public static let requestHeaders: [String: String] = [
        "User-Agent": "parole/1 (news reader)",
        "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/*;q=0.8",
        "Accept-Encoding": "identity",
    ]

    /// The URL of `text` when it is an http(s) address with a host name (`https://` alone has
    /// none), else nil: the one test of an address to fetch over the network, asked by
    /// ``fetch(_:headers:)`` and by `parole subscribe`.
    public static func webURL(_ text: String) -> URL? {
        guard WebAddress.isWebAddress(text), let url = URL(string: text), url.host != nil else { return nil }
        return url
    }

    /// Fetches `text` (an http(s) URL, or a `file://` URL: ``LocalFeedFile``), blocking until done; `headers` are added to the request (they replace
    /// the defaults of the same name). With `If-None-Match` or `If-Modified-Since` among them, a
    /// 304 answer is returned (as `notModified`) instead of an error.
    public func fetch(_ text: String, headers: [String: String] = [:]) throws(FetchError) -> FetchedDocument {
        if LocalFeedFile.isFileURL(text) {
            return try LocalFeedFile.fetch(text, headers: headers, maxBytes: maxBytes)
        }
        guard let url = URLFetcher.webURL(text) else { throw .unsupportedURL }
        let started = DispatchTime.now()
        let deadline = started + timeout
        // FoundationNetworking counts its own timeouts in whole seconds; the deadline above is exact.
        let whole = max(1, timeout.rounded(.up))
        let configuration = DisklessConfiguration.make()
        configuration.timeoutIntervalForRequest = whole
        configuration.timeoutIntervalForResource = whole
        var request = URLRequest(url: url)
        for (name, value) in URLFetcher.requestHeaders.merging(headers, uniquingKeysWith: { $1 }) {
            request.setValue(value, forHTTPHeaderField: name)
        }
        let transfer = Transfer(maxBytes: maxBytes, maxRedirects: maxRedirects, first: url)
        let queue = InlineOperationQueue()
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: queue)
        let task = session.dataTask(with: request)
        task.resume()
        if transfer.done.wait(timeout: deadline) == .timedOut {
            transfer.stop()
            task.cancel()
            session.invalidateAndCancel()
            let outcome = transfer.outcome()
            if let stopped = outcome.stopped { throw stopped }
            if outcome.response != nil { throw .tooSlow(timeout, received: outcome.received) }
            throw .timedOut(timeout)
        }
        session.finishTasksAndInvalidate()
        let outcome = transfer.outcome()
        if let stopped = outcome.stopped { throw stopped }
        if let error = outcome.error { throw FetchError(error, timeout: timeout) }
        guard let response = outcome.response as? HTTPURLResponse else { throw .failed("no HTTP answer") }
        var fields: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        // A 304 answers a conditional request (FetchedDocument.isConditional): not an error.
        if response.statusCode == 304, FetchedDocument.isConditional(headers) {
            return FetchedDocument(
                data: Data(), contentType: nil, url: response.url ?? url, status: 304, headers: fields)
        }
        if (300..<400).contains(response.statusCode), response.statusCode != 304 {
            throw .tooManyRedirects(maxRedirects)
        }
        guard (200..<300).contains(response.statusCode) else { throw .status(response.statusCode) }
        let type = response.value(forHTTPHeaderField: "Content-Type")?
            .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let type, !URLFetcher.isTextual(type) { throw .notText(type) }
        return FetchedDocument(
            data: outcome.data, contentType: type, url: response.url ?? url, status: response.statusCode,
            headers: fields)
    }

    /// Whether `type` is a content type Parole can read.
    static func isTextual(_ type: String) -> Bool {
        type.hasPrefix("text/") || type.hasSuffix("+xml") || type == "application/xml"
    }
}

extension FetchError {
    /// Classifies a transfer error.
    init(_ error: any Error, timeout: TimeInterval) {
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: self = .timedOut(timeout)
            case .notConnectedToInternet, .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed,
                .networkConnectionLost, .internationalRoamingOff, .dataNotAllowed:
                self = .unreachable(error.localizedDescription)
            case .httpTooManyRedirects, .redirectToNonExistentLocation:
                self = .failed("too many redirects")
            default:
                self = .failed(error.localizedDescription)
            }
        } else {
            self = .failed(String(describing: error))
        }
    }
}

/// Collects one transfer's answer, stopping it as soon as it passes the size cap or loops.
///
/// FoundationNetworking on Linux hands the body to the delegate asynchronously and ignores the
/// response disposition, so the transfer is stopped by cancelling the task, and nothing more
/// is kept once it is stopped: memory stays within the cap plus what is in flight.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maxBytes: Int
    let maxRedirects: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()
    private var received = 0
    private var response: URLResponse?
    private var error: (any Error)?
    private var stopped: FetchError?
    private var visited: Set<String>
    private var redirects = 0

    init(maxBytes: Int, maxRedirects: Int, first: URL) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.visited = [first.absoluteString]
    }

    /// What came, or why the transfer was stopped.
    func outcome() -> (
        data: Data, received: Int, response: URLResponse?, error: (any Error)?, stopped: FetchError?
    ) {
        lock.lock()
        defer { lock.unlock() }
        return (data, received, response, error, stopped)
    }

    /// Keeps nothing more from now on (the deadline passed).
    func stop() {
        lock.lock()
        data = Data()
        lock.unlock()
    }

    /// Records why the transfer stops, drops the body, lets ``URLFetcher/fetch(_:headers:)``
    /// return at once and cancels the task (from another thread: the callbacks run on the
    /// session's own queue, which `cancel()` waits for).
    private func abort(_ reason: FetchError, _ task: URLSessionTask, cancel: Bool = true) {
        lock.lock()
        let first = stopped == nil
        if first { stopped = reason }
        data = Data()
        lock.unlock()
        guard first else { return }
        if cancel { DispatchQueue.global().async { task.cancel() } }
        done.signal()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        self.response = response
        let over = response.expectedContentLength > Int64(maxBytes)
        lock.unlock()
        if over { abort(.tooLarge(maxBytes), dataTask) }
        completionHandler(over ? .cancel : .allow)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        let target = request.url?.absoluteString ?? ""
        let loop = !visited.insert(target).inserted
        let tooMany = redirects > maxRedirects
        lock.unlock()
        // Declining the redirect ends the task with the redirect's answer: no cancel needed.
        if loop {
            abort(.redirectLoop(target), task, cancel: false)
        } else if tooMany {
            abort(.tooManyRedirects(maxRedirects), task, cancel: false)
        }
        completionHandler(loop || tooMany ? nil : request)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        if stopped != nil {
            lock.unlock()
            return
        }
        received += data.count
        let over = received > maxBytes
        if !over { self.data.append(data) }
        lock.unlock()
        if over { abort(.tooLarge(maxBytes), dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        self.error = error
        let signalled = stopped != nil
        lock.unlock()
        if !signalled { done.signal() }
    }
}

/// The session configuration of every fetch: ephemeral, without cache, cookies or credentials.
///
/// FoundationNetworking makes its shared cookie store and URL caches as soon as a configuration
/// is made, and each creates a directory (`$XDG_DATA_HOME/<program>`,
/// `$XDG_CACHE_HOME/org.swift.foundation.URLCache/<program>`) even when nothing is ever stored.
/// The configuration is therefore made once, with those two variables pointing where no
/// directory can be created, and copied for each fetch (a copy makes no new store).
private enum DisklessConfiguration {
    private static let base: URLSessionConfiguration = {
        let names = ["XDG_DATA_HOME", "XDG_CACHE_HOME"]
        let saved = names.map { ProcessInfo.processInfo.environment[$0] }
        for name in names { setenv(name, "/dev/null", 1) }
        defer {
            for (name, value) in zip(names, saved) {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        _ = HTTPCookieStorage.shared
        _ = URLCache.shared
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCredentialStorage = nil
        return configuration
    }()

    private static let lock = NSLock()

    /// A fresh copy of the configuration.
    static func make() -> URLSessionConfiguration {
        lock.lock()
        defer { lock.unlock() }
        return base.copy() as! URLSessionConfiguration
    }
}

/// A delegate queue that runs each callback at once on the thread that hands it over.
///
/// FoundationNetworking on Linux calls the delegate through its delegate queue while libcurl
/// goes on reading and decompressing; with an ordinary queue the body pieces of a gzip bomb
/// pile up in it faster than they are counted. Run inline, each piece is counted (and dropped
/// past the cap) before libcurl produces the next one, so memory stays flat.
private final class InlineOperationQueue: OperationQueue, @unchecked Sendable {
    override func addOperation(_ block: @escaping @Sendable () -> Void) {
        block()
    }

    override func addOperation(_ operation: Operation) {
        operation.start()
    }
}
