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
        }
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
        case .SQLITE_FULL: self = .full(path: path)
        case .SQLITE_CANTOPEN: self = .other(path: path, message: "cannot open (permission denied?)")
        default: self = .other(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
