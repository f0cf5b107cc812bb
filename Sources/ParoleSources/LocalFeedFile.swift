import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A feed kept in a local file and followed as `file:///path` (one that another program writes,
/// as newsboat follows `file://` feeds). It is read like a download: only a regular file (never a
/// FIFO or a device, even one swapped in after the check), of this machine only
/// (`file:///path` or `file://localhost/path`), at most the fetcher's size cap. Its size and modification time make its
/// `ETag`, so that `parole update` does not read an unchanged file again.
public enum LocalFeedFile {
    /// Whether `text` is a `file://` URL.
    public static func isFileURL(_ text: String) -> Bool {
        text.lowercased().hasPrefix("file://")
    }

    /// The `file://` URL of the regular file at `path` (made absolute, so that a later `parole
    /// update` run from elsewhere finds it), or nil when `path` names no regular file.
    public static func url(ofPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let absolute =
            path.hasPrefix("/")
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: (absolute as NSString).standardizingPath).absoluteString
    }

    /// Reads the file `text` names, at most `maxBytes`; with an `If-None-Match` naming its
    /// current tag, answers as a server does for an unchanged document (status 304, no body).
    static func fetch(_ text: String, headers: [String: String], maxBytes: Int) throws(FetchError)
        -> FetchedDocument
    {
        guard let url = URL(string: text), url.isFileURL, !url.path.isEmpty else { throw .unsupportedURL }
        // "file://otherhost/path" names a file of another machine, not the local "/path".
        if let host = url.host, !host.isEmpty, host.lowercased() != "localhost" {
            throw .failed("file URL of another host: only local files (file:///path) are read")
        }
        // Opened without waiting (a FIFO put in the file's place would block), then the kind of
        // what was opened checked on the descriptor itself.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            throw .failed(
                "\(url.path): "
                    + (reason == ENOENT ? "no such file" : reason == EACCES ? "permission denied" : "cannot open"))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .failed("\(url.path): cannot read") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .failed("\(url.path): not a regular file") }
        let tag = "\"\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)\""
        let asked = headers.first { $0.key.lowercased() == "if-none-match" }?.value
        if asked == tag {
            return FetchedDocument(
                data: Data(), contentType: nil, url: url, status: 304, headers: ["ETag": tag])
        }
        guard info.st_size <= maxBytes else { throw .tooLarge(maxBytes) }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw .failed("\(url.path): \(error.localizedDescription)")
        }
        guard data.count <= maxBytes else { throw .tooLarge(maxBytes) }
        return FetchedDocument(data: data, contentType: nil, url: url, status: 200, headers: ["ETag": tag])
    }
}
