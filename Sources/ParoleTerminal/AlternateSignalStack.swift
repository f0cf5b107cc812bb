import Glibc

/// A stack of its own for a thread's signal handlers: a stack overflow can only be handled
/// there, and the reader's crash handlers (``ReaderSession``) run with `SA_ONSTACK` so that
/// the terminal is given back even then.
public enum AlternateSignalStack {
    /// The size of each stack given, in bytes.
    static let size = 1 << 16

    /// Gives the calling thread an alternate signal stack when it has none (the runtime's crash
    /// reporter may have given it one); returns the memory given, nil when none was.
    @discardableResult
    static func installIfMissing() -> UnsafeMutableRawPointer? {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return nil }
        let memory = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        var alternate = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
        guard sigaltstack(&alternate, nil) == 0 else {
            memory.deallocate()
            return nil
        }
        return memory
    }

    /// Runs `body` with an alternate signal stack on the calling thread (a job on a Dispatch
    /// pool thread), and takes the stack given away afterwards: the thread goes back to the
    /// pool as it came.
    public static func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        let given = installIfMissing()
        defer {
            if let given {
                var disabled = stack_t(ss_sp: nil, ss_flags: Int32(SS_DISABLE), ss_size: 0)
                sigaltstack(&disabled, nil)
                given.deallocate()
            }
        }
        return try body()
    }

    /// Whether the calling thread has an alternate signal stack.
    public static var isInstalled: Bool {
        var current = stack_t()
        return sigaltstack(nil, &current) == 0 && current.ss_flags & Int32(SS_DISABLE) == 0
    }
}
