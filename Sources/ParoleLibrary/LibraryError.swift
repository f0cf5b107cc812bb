import Foundation
import GRDB

/// Why the library could not be used; every case reads as one line.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    /// No library exists yet at the path (for commands that only read).
    case missing(path: String)
    /// Another process holds the database's write lock for too long.
    case locked(path: String)
    /// The file or its directory cannot be written.
    case readOnly(path: String)
    /// The file is not an SQLite database, or is damaged.
    case corrupt(path: String)
    /// The file is an SQLite database of some other program.
    case foreign(path: String)
    /// The library was made by a newer Parole.
    case newerSchema(path: String)
    /// The disk is full.
    case full(path: String)
    /// Anything else SQLite reported.
    case other(path: String, message: String)
    /// The process's file size limit (`ulimit -f`) stopped a write.
    case fileSizeLimit(path: String)
    /// A request the library holds no answer to (no such article, quote, actor, merge or
    /// correction): the library is fine, so the message does not name its file.
    case refused(String)

    /// A one-line explanation naming the file.
    public var description: String {
        switch self {
        case .missing(let path): return "no library at \(path) yet; add articles with `parole add`"
        case .locked(let path):
            return "library \(path) is locked by another process; try again when it is done"
        case .readOnly(let path): return "library \(path) is read-only; nothing was changed"
        case .corrupt(let path):
            return "library \(path) is not a database or is damaged; it was left untouched"
        case .foreign(let path):
            return "\(path) is an SQLite database but not a Parole library; left untouched"
        case .newerSchema(let path): return "library \(path) was made by a newer Parole; left untouched"
        case .full(let path): return "disk full while writing library \(path); the last add was rolled back"
        case .other(let path, let message): return "library \(path): \(message)"
        case .refused(let message): return message
        case .fileSizeLimit(let path):
            return
                "the file size limit (ulimit -f) stopped the writing of library \(path); the last add was rolled back"
        }
    }

    /// Whether the process runs under a file size limit: a write error is then most likely it
    /// (SIGXFSZ is ignored by `parole add`, so the write fails with EFBIG instead).
    static var fileSizeLimited: Bool {
        var limit = rlimit()
        #if canImport(Glibc)
            guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0 else { return false }
        #else
            guard getrlimit(RLIMIT_FSIZE, &limit) == 0 else { return false }
        #endif
        return limit.rlim_cur != rlim_t.max
    }

    /// Classifies an error thrown by GRDB or SQLite.
    init(_ error: any Error, path: String) {
        if let error = error as? LibraryError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self = .other(path: path, message: String(describing: error))
            return
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .corrupt(path: path)
        case .SQLITE_FULL:
            self = LibraryError.fileSizeLimited ? .fileSizeLimit(path: path) : .full(path: path)
        case .SQLITE_IOERR where LibraryError.fileSizeLimited: self = .fileSizeLimit(path: path)
        case .SQLITE_CANTOPEN: self = .other(path: path, message: "cannot open (permission denied?)")
        default: self = .other(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
