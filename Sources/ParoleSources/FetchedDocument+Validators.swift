import Foundation

extension FetchedDocument {
    /// The `ETag` the server sent, for a later conditional fetch (`If-None-Match`).
    public var etag: String? { header("ETag") }

    /// The `Last-Modified` the server sent, for a later conditional fetch (`If-Modified-Since`).
    public var lastModified: String? { header("Last-Modified") }

    /// Whether the server answered a conditional fetch with 304: the document has not changed
    /// since the validators sent, and the body is empty.
    public var notModified: Bool { status == 304 }

    /// The `charset` parameter of the `Content-Type` the server sent ("iso-8859-1"), if any.
    public var charset: String? {
        guard let type = header("Content-Type") else { return nil }
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The response header field `name`, whatever the case the server wrote it in.
    public func header(_ name: String) -> String? {
        if let value = headers[name] { return value }
        let lower = name.lowercased()
        return headers.first { $0.key.lowercased() == lower }?.value
    }

    /// Whether request headers `headers` make a conditional request (`If-None-Match` or
    /// `If-Modified-Since`), to which a 304 is an answer rather than an error.
    public static func isConditional(_ headers: [String: String]) -> Bool {
        headers.keys.contains { ["if-none-match", "if-modified-since"].contains($0.lowercased()) }
    }
}
