import Foundation

/// The bytes of a binary language data file: mapped read-only from disk, so that loading costs
/// no parsing or copying and only the pages an article touches are read; or a copy held in
/// memory (bytes given by the caller). Tables are read in place from these bytes
/// (``FixedBuffer``), and the bytes live as long as any table reads them.
final class ResourceBytes: @unchecked Sendable {
    /// The first byte.
    let base: UnsafeRawPointer
    /// The number of bytes.
    let count: Int
    /// The file's name, for errors.
    let name: String
    /// The open file the bytes are mapped from, for reading pages of it (``ResourcePages``); −1
    /// for a copy in memory.
    let descriptor: Int32
    private let mapped: Bool

    /// Maps the file at `path` read-only; `name` names it in errors.
    init(mapping path: String, name: String) throws(ResourceError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ResourceError(file: name, problem: "cannot open (\(String(cString: strerror(errno))))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let problem = "cannot read (\(String(cString: strerror(errno))))"
            close(fd)
            throw ResourceError(file: name, problem: problem)
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            close(fd)
            throw ResourceError(file: name, problem: "empty file")
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            let problem = "cannot map (\(String(cString: strerror(errno))))"
            close(fd)
            throw ResourceError(file: name, problem: problem)
        }
        // Tables are read at hashed, scattered offsets: no read-ahead of neighbouring pages.
        _ = madvise(address, size, MADV_RANDOM)
        base = UnsafeRawPointer(address)
        count = size
        self.name = name
        descriptor = fd
        mapped = true
    }

    /// A copy of `data` in memory (8-byte aligned); `name` names it in errors.
    init(copying data: Data, name: String) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes {
            memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: data.count)
        }
        base = UnsafeRawPointer(memory)
        count = data.count
        self.name = name
        descriptor = -1
        mapped = false
    }

    /// `count` zero bytes of anonymous memory of their own, backed by 2 MB pages where the kernel
    /// allows (`MADV_HUGEPAGE`), for a large table built at run time and read at scattered places
    /// (the dense copy of the entity model's weights): a few page faults instead of thousands,
    /// and a few TLB entries for the whole table; nil when no memory could be mapped. Unmapped
    /// with the object (its descriptor, −1, closes nothing).
    init?(zeroedPages count: Int, name: String) {
        let huge = 2 << 20
        let size = max((count + huge - 1) / huge * huge, huge)
        guard let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            address != MAP_FAILED
        else { return nil }
        _ = madvise(address, size, MADV_HUGEPAGE)
        base = UnsafeRawPointer(address)
        self.count = size
        self.name = name
        descriptor = -1
        mapped = true
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
            close(descriptor)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}
