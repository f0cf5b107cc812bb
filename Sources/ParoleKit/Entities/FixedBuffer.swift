/// A fixed number of fixed-width values in one block of memory: either read in place from a
/// resource file's bytes (``ResourceBytes``, never written) or in an allocation of its own,
/// copied on write when shared. Reads go straight through a pointer, with no bounds check in
/// release builds: indexes come from masks and counts that the loaders have checked.
struct FixedBuffer<Element: FixedWidthInteger & Sendable>: @unchecked Sendable {
    /// Keeps the memory alive; never read while looking values up.
    private var storage: FixedBufferStorage
    /// The first value, stored here so that a lookup does not touch the storage object.
    private var pointer: UnsafeMutablePointer<Element>
    /// The number of values.
    let count: Int

    /// `count` copies of `value`, in memory of their own.
    init(repeating value: Element, count: Int) {
        let p = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        p.initialize(repeating: value, count: max(count, 1))
        storage = FixedBufferStorage(pointer: UnsafeMutableRawPointer(p), bytes: nil)
        pointer = p
        self.count = count
    }

    /// A copy of `values`, in memory of its own.
    init(_ values: [Element]) {
        self.init(repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: values.count) }
    }

    /// The `count` values at byte `offset` of `bytes`, read in place; the caller has checked
    /// that they lie inside the bytes, are aligned and are in the machine's byte order.
    init(inPlace bytes: ResourceBytes, offset: Int, count: Int) {
        let raw = UnsafeMutableRawPointer(mutating: bytes.base + offset)
        storage = FixedBufferStorage(pointer: raw, bytes: bytes)
        pointer = raw.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    /// The `count` values at byte `offset` of `pages`' stretch, read where the pages are read
    /// to: a reader loads the pages it reads first (``ResourcePages/load(_:_:)``).
    init(paged pages: ResourcePages, offset: Int, count: Int) {
        let raw = UnsafeMutableRawPointer(mutating: pages.base + offset)
        storage = FixedBufferStorage(pointer: raw, bytes: pages)
        pointer = raw.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    /// The first value's address, for tight loops.
    var base: UnsafePointer<Element> { UnsafePointer(pointer) }

    /// The value at `index`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count)
            return pointer[index]
        }
        set {
            precondition(index >= 0 && index < count)
            if storage.bytes != nil || !isKnownUniquelyReferenced(&storage) {
                let copy = FixedBuffer(repeating: 0, count: count)
                copy.pointer.update(from: pointer, count: count)
                storage = copy.storage
                pointer = copy.pointer
            }
            pointer[index] = newValue
        }
    }

    /// The values as an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

    /// Whether the values are read in place from a resource file.
    var isInPlace: Bool { storage.bytes != nil }
}

/// The memory behind a ``FixedBuffer``: keeps a resource's bytes alive, or frees an allocation of
/// its own.
final class FixedBufferStorage {
    /// The first value's address.
    let pointer: UnsafeMutableRawPointer
    /// The resource (``ResourceBytes`` or ``ResourcePages``) the values are read from in place;
    /// nil when the storage owns its memory.
    let bytes: AnyObject?

    /// Storage for `pointer`: owned (and freed) when `bytes` is nil.
    init(pointer: UnsafeMutableRawPointer, bytes: AnyObject?) {
        self.pointer = pointer
        self.bytes = bytes
    }

    deinit { if bytes == nil { pointer.deallocate() } }
}
