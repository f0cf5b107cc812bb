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
                throw .other(
                    path: path,
                    message:
                        "another `parole add` or `parole update` is writing to it; try again when it is done")
            }
            throw .other(path: path, message: "cannot lock the file for writing")
        }
        return LibraryWriterLock(descriptor: fd)
    }
}
