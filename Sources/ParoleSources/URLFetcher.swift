import Foundation

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
    /// The server answered with an HTTP error status.
    case status(Int)
    /// The answer is larger than the cap.
    case tooLarge(Int)
    /// The answer is not a page or a feed (an image, a PDF, an archive…).
    case notText(String)
    /// Any other transfer failure.
    case failed(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unsupportedURL: return "not an http(s) URL"
        case .unreachable(let why): return "cannot reach the server (\(why)); are you offline?"
        case .timedOut(let seconds): return "no answer within \(Int(seconds.rounded(.up))) s (timed out)"
        case .status(let code):
            return "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .tooLarge(let cap): return "larger than \(cap / 1_048_576) MiB; not fetched"
        case .notText(let type): return "not a page or a feed (content type \(type))"
        case .failed(let why): return "fetch failed: \(why)"
        }
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
    /// The HTTP status: 200 and the like, or 304 when a conditional fetch found the document
    /// unchanged (the body is empty then).
    public var status: Int = 200
    /// The `ETag` the server sent, for a later conditional fetch.
    public var etag: String?
    /// The `Last-Modified` the server sent, for a later conditional fetch.
    public var lastModified: String?

    /// Whether the server said the document has not changed since the validators sent.
    public var notModified: Bool { status == 304 }
}

/// Fetches pages and feeds over http(s): redirects followed, a timeout, a size cap, and only
/// textual content types accepted.
public struct URLFetcher: Sendable {
    /// Seconds without an answer after which the fetch fails.
    public var timeout: TimeInterval
    /// The largest body accepted, in bytes.
    public var maxBytes: Int

    /// Creates a fetcher.
    public init(timeout: TimeInterval = 15, maxBytes: Int = 10 * 1_048_576) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    /// Whether `text` is an http or https URL.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches `text`, blocking until done. `headers` are added to the request: with
    /// `If-None-Match` or `If-Modified-Since` among them, a 304 answer is returned (as
    /// `notModified`) instead of an error.
    public func fetch(_ text: String, headers: [String: String] = [:]) throws(FetchError) -> FetchedDocument {
        guard URLFetcher.isURL(text), let url = URL(string: text), url.host != nil else {
            throw .unsupportedURL
        }
        // FoundationNetworking counts timeouts in whole seconds (0.5 s would time out at once).
        let timeout = max(1, self.timeout.rounded(.up))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [
            "User-Agent": "parole/1 (news reader)",
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                + "application/xml;q=0.9, text/*;q=0.8",
        ]
        let transfer = Transfer(maxBytes: maxBytes)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        var request = URLRequest(url: url)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        task.resume()
        if transfer.done.wait(timeout: .now() + timeout * 4 + 1) == .timedOut {
            task.cancel()
            session.invalidateAndCancel()
            throw .timedOut(timeout)
        }
        session.finishTasksAndInvalidate()
        let outcome = transfer.outcome()
        if outcome.tooLarge { throw .tooLarge(maxBytes) }
        if let error = outcome.error { throw FetchError(error, timeout: timeout) }
        guard let response = outcome.response as? HTTPURLResponse else { throw .failed("no HTTP answer") }
        let conditional = headers.keys.contains {
            ["if-none-match", "if-modified-since"].contains($0.lowercased())
        }
        if response.statusCode == 304, conditional {
            return FetchedDocument(
                data: Data(), contentType: nil, url: response.url ?? url, status: 304,
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
        }
        guard (200..<300).contains(response.statusCode) else { throw .status(response.statusCode) }
        let type = response.value(forHTTPHeaderField: "Content-Type")?
            .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let type, !URLFetcher.isTextual(type) { throw .notText(type) }
        return FetchedDocument(
            data: outcome.data, contentType: type, url: response.url ?? url, status: response.statusCode,
            etag: response.value(forHTTPHeaderField: "ETag"),
            lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
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

/// Collects one transfer's answer, stopping it once it passes the size cap.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maxBytes: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()
    private var response: URLResponse?
    private var error: (any Error)?
    private var tooLarge = false
    private var redirects = 0

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    func outcome() -> (data: Data, response: URLResponse?, error: (any Error)?, tooLarge: Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (data, response, error, tooLarge)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        self.response = response
        let over = response.expectedContentLength > Int64(maxBytes)
        if over { tooLarge = true }
        lock.unlock()
        completionHandler(over ? .cancel : .allow)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        let follow = redirects <= 5
        lock.unlock()
        completionHandler(follow ? request : nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        self.data.append(data)
        let over = self.data.count > maxBytes
        if over { tooLarge = true }
        lock.unlock()
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        self.error = error
        lock.unlock()
        done.signal()
    }
}
