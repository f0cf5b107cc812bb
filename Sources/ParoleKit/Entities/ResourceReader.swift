/// Reads the little-endian numbers and arrays of a binary resource (``ResourceWriter`` wrote
/// them): arrays at aligned offsets are read in place from the file's bytes; unaligned ones (older
/// formats) and any on a big-endian machine are copied. Every read is checked against the
/// file's size, so a truncated or damaged file is an error naming the file, never a crash.
struct ResourceReader {
    /// The bytes read.
    let bytes: ResourceBytes
    /// The next byte to read.
    private(set) var offset = 0

    /// A reader at the start of `bytes`.
    init(_ bytes: ResourceBytes) { self.bytes = bytes }

    /// An error about this file.
    func error(_ problem: String) -> ResourceError { ResourceError(file: bytes.name, problem: problem) }

    /// Skips to the next multiple of 8 bytes (the writer pads arrays to it).
    mutating func align() { offset = (offset + 7) & ~7 }

    /// `n` raw bytes.
    mutating func bytes(_ n: Int) throws(ResourceError) -> [UInt8] {
        try check(n, 1)
        let out = Array(UnsafeRawBufferPointer(start: bytes.base + offset, count: n))
        offset += n
        return out
    }

    /// One number.
    mutating func scalar<T: FixedWidthInteger>(_ type: T.Type) throws(ResourceError) -> T {
        try check(1, MemoryLayout<T>.size)
        let value = T(littleEndian: bytes.base.loadUnaligned(fromByteOffset: offset, as: T.self))
        offset += MemoryLayout<T>.size
        return value
    }

    /// A 32-bit count, refused when larger than `limit`.
    mutating func count(limit: Int = Int(Int32.max)) throws(ResourceError) -> Int {
        let n = Int(try scalar(UInt32.self))
        guard n <= limit else { throw error("bad count \(n)") }
        return n
    }

    /// `n` numbers, in place when aligned and little-endian, else copied.
    mutating func buffer<T: FixedWidthInteger & Sendable>(_ type: T.Type, _ n: Int) throws(ResourceError)
        -> FixedBuffer<T>
    {
        let size = MemoryLayout<T>.size
        try check(n, size)
        defer { offset += n * size }
        if offset % MemoryLayout<T>.alignment == 0 && 1.littleEndian == 1 {
            return FixedBuffer(inPlace: bytes, offset: offset, count: n)
        }
        var out = FixedBuffer<T>(repeating: 0, count: n)
        for k in 0..<n {
            out[k] = T(littleEndian: bytes.base.loadUnaligned(fromByteOffset: offset + k * size, as: T.self))
        }
        return out
    }

    /// `n` numbers, copied into an array.
    mutating func array<T: FixedWidthInteger & Sendable>(_ type: T.Type, _ n: Int) throws(ResourceError)
        -> [T]
    {
        try buffer(type, n).array
    }

    /// Whether every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    private func check(_ n: Int, _ size: Int) throws(ResourceError) {
        guard n >= 0, n <= (bytes.count - offset) / size else { throw error("truncated at byte \(offset)") }
    }
}
