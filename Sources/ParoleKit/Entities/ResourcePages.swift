import Foundation

/// A stretch of a mapped resource file read into memory of its own one page at a time, the
/// first time a lookup needs that page, for tables looked up at a few scattered places per
/// article (the word classes, the lexicon, the first names).
///
/// Read in place from the mapping, such a table costs its whole size in resident memory after
/// one article: on a fault, Linux maps the 16 pages around the one asked for (`fault-around`,
/// whatever `madvise` says), and a few hundred lookups scattered over a 3 MB table touch every
/// 64 kB block of it. Read here, the table costs the pages its lookups fell on (4 kB each, read
/// with `pread`): 1.1 MB rather than 2.8 for the word classes after the founding article.
///
/// Lookups hold ``locked(_:)`` while they load and read pages, so that a page is read once and
/// no thread sees it half written.
final class ResourcePages: @unchecked Sendable {
    /// The first byte of the stretch (file offset `offset` of the resource).
    let base: UnsafeRawPointer
    /// The resource the pages are read from; keeps its file open.
    private let bytes: ResourceBytes
    /// The page-aligned memory the pages are read into.
    private let region: UnsafeMutableRawPointer
    /// The file offset of `region`'s first byte.
    private let regionOffset: Int
    private let regionSize: Int
    private let pageSize: Int
    /// One bit per page of `region`: read yet.
    private let loaded: UnsafeMutablePointer<UInt64>
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    /// Pages over `count` bytes of `bytes` from byte `offset`; nil when the bytes were not mapped
    /// from a file (a copy in memory is read in place) or no memory could be reserved.
    init?(_ bytes: ResourceBytes, offset: Int, count: Int) {
        guard bytes.descriptor >= 0, count > 0, offset >= 0, offset + count <= bytes.count else { return nil }
        let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
        let start = offset / page * page
        let end = (offset + count + page - 1) / page * page
        guard
            let memory = mmap(nil, end - start, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            memory != MAP_FAILED
        else { return nil }
        #if os(Linux)
            // Huge pages would read a table's 2 MB at the first lookup.
            _ = madvise(memory, end - start, MADV_NOHUGEPAGE)
        #endif
        self.bytes = bytes
        region = memory
        regionOffset = start
        regionSize = end - start
        pageSize = page
        base = UnsafeRawPointer(memory + (offset - start))
        let words = (regionSize / page + 63) / 64
        loaded = .allocate(capacity: words)
        loaded.initialize(repeating: 0, count: words)
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        munmap(region, regionSize)
        loaded.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` holding the pages' lock: ``load(_:_:)`` and the reads of loaded pages go inside.
    @inline(__always)
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Makes the `length` bytes at `address` (inside the stretch) readable; call it holding the
    /// lock (``locked(_:)``).
    @inline(__always)
    func load(_ address: UnsafeRawPointer, _ length: Int) {
        let from = address - UnsafeRawPointer(region)
        guard length > 0, from >= 0, from + length <= regionSize else { return }
        var page = from / pageSize
        let last = (from + length - 1) / pageSize
        while page <= last {
            if loaded[page >> 6] & (1 << UInt64(page & 63)) == 0 { read(page) }
            page += 1
        }
    }

    /// How many pages have been read so far, and how many the stretch spans.
    var pagesRead: (read: Int, of: Int) {
        locked {
            var n = 0
            for w in 0..<((regionSize / pageSize + 63) / 64) { n += loaded[w].nonzeroBitCount }
            return (n, regionSize / pageSize)
        }
    }

    /// Reads every page (for walking the whole table: saving it, or making an open copy).
    func loadAll() {
        locked { load(UnsafeRawPointer(region), regionSize) }
    }

    /// Reads page `page` from the file, or copies it from the mapping when the file cannot be read.
    private func read(_ page: Int) {
        let target = region + page * pageSize
        let fileOffset = regionOffset + page * pageSize
        let length = min(pageSize, bytes.count - fileOffset)
        var done = 0
        while done < length {
            let n = pread(bytes.descriptor, target + done, length - done, off_t(fileOffset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        if done < length {
            (target + done).copyMemory(from: bytes.base + fileOffset + done, byteCount: length - done)
        }
        loaded[page >> 6] |= 1 << UInt64(page & 63)
    }
}
