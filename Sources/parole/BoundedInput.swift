import Foundation

/// Reads a file or standard input without trusting its size: in chunks, stopping once past a
/// limit or when a chunk is refused, so that an endless device (`/dev/zero`), an endless stream
/// or a huge file never fills memory. Shared by every command that reads articles or pages.
enum BoundedInput {
    /// Why an input was not read to its end.
    enum Failure: Error, Equatable {
        /// It holds more than the limit, in bytes.
        case tooLarge(limit: Int)
        /// A chunk was refused with this one-line reason.
        case refused(String)
        /// Reading failed with this one-line reason.
        case unreadable(String)

        /// A one-line explanation.
        var message: String {
            switch self {
            case .tooLarge(let limit):
                return "larger than \(ArticleInputReader.megabytes(limit)) (see --max-size); not read"
            case .refused(let reason): return reason
            case .unreadable(let reason): return "cannot read: \(reason)"
            }
        }
    }

    /// Everything `handle` holds, up to `maxBytes`; `check` sees each chunk with what was read
    /// before it and returns a reason to stop, or nil to go on.
    static func read(
        _ handle: FileHandle, maxBytes: Int,
        check: (_ chunk: Data, _ before: Data) -> String? = { _, _ in nil }
    ) -> Result<Data, Failure> {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                if let reason = check(chunk, data) { return .failure(.refused(reason)) }
                if data.count + chunk.count > maxBytes { return .failure(.tooLarge(limit: maxBytes)) }
                data.append(chunk)
            }
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
        return .success(data)
    }

    /// What a path names, after symbolic links.
    enum FileKind: Equatable {
        /// A directory.
        case directory
        /// A regular file: what a directory's articles are read from.
        case regularFile
        /// A FIFO, a socket or a device. One in a directory is skipped, never opened: opening a
        /// FIFO would wait for a writer forever.
        case special
    }

    /// What `path` names (after symbolic links), or nil when nothing is there or it cannot be
    /// looked at: one `stat` for every question commands ask of a path.
    static func kind(of path: String) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return .special
        }
    }
}
