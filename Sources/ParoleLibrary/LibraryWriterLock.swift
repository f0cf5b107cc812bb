import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The lock a writer (`parole add`, `parole update`) holds on a library for its whole run, taken
/// before it reads or analyses anything, so that a second writer is told at once instead of
/// after its analysis (two updates at once analysed every new item twice and each reported the
/// other's items as unchanged).
///
/// It is an advisory `flock` on the library file, which does not interfere with SQLite's own
/// locks: readers (`quotes`, `search`, the reader) are not affected. It is released when the
/// process ends; the descriptor is deliberately never closed before that, since closing any
/// descriptor of the file would drop the POSIX locks SQLite holds on it in this process.
public final class LibraryWriterLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Takes the write lock of the library at `path` (which must exist), or throws at once
    /// when another process holds it.
    public static func acquire(path: String) throws(LibraryError) -> LibraryWriterLock {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .other(path: path, message: "cannot open (permission denied?)") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(fd)
            if busy {
                throw .other(path: path, message: LibraryError.anotherWriter)
            }
            throw .other(path: path, message: "cannot lock the file for writing")
        }
        return LibraryWriterLock(descriptor: fd)
    }
}

/// The write lock of a library taken for one write at a time by a process that lives on after
/// it: the reader's `R`, which must neither run beside a `parole add` or `parole update` (both
/// would analyse the same new items) nor keep the lock once its update is done.
///
/// The lock is the same `flock` as ``LibraryWriterLock``'s, on one descriptor kept for the
/// process's life and unlocked (never closed: closing a descriptor of the file would drop the
/// POSIX locks SQLite holds on it in this process) after each write.
public final class LibraryWriteTurns: @unchecked Sendable {
    /// The library's file.
    public let path: String
    private var descriptor: Int32 = -1
    private let mutex = NSLock()

    /// Turns at writing the library at `path`.
    public init(path: String) { self.path = path }

    /// Runs `body` holding the library's write lock, released after it; throws at once, without
    /// running it, when another writer holds the lock (``LibraryError/isAnotherWriter``).
    public func run<T>(_ body: () throws -> T) throws -> T {
        mutex.lock()
        defer { mutex.unlock() }
        if descriptor < 0 {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                // Gone since the reader opened it, or no longer readable: say which.
                let reason = errno == ENOENT ? "the file is gone" : String(cString: strerror(errno))
                throw LibraryError.other(path: path, message: "cannot open for writing: \(reason)")
            }
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            if errno == EWOULDBLOCK {
                throw LibraryError.other(path: path, message: LibraryError.anotherWriter)
            }
            throw LibraryError.other(path: path, message: "cannot lock the file for writing")
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

extension LibraryError {
    /// Why a writer cannot take a library's write lock another process holds.
    static let anotherWriter =
        "another `parole add` or `parole update` is writing to it; try again when it is done"

    /// Whether another writer (`parole add`, `parole update`, another reader's `R`) holds the
    /// library's write lock.
    public var isAnotherWriter: Bool {
        if case .other(_, let message) = self { return message == Self.anotherWriter }
        return false
    }
}
