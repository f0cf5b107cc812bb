/// A fixed number of fixed-width values in one block of memory: either read in place from a
/// resource file's bytes (``ResourceBytes``, never written) or in an allocation of its own,
/// copied on write when shared. Reads go straight through a pointer, with no bounds check in
/// release builds: indexes come from masks and counts that the loaders have checked.
struct FixedBuffer<Element: FixedWidthInteger & Sendable>: @unchecked Sendable {
    /// Owns the memory: keeps a resource's bytes alive, or frees its own allocation.
    private final class Storage {
        let pointer: UnsafeMutablePointer<Element>
        let bytes: ResourceBytes?

        init(pointer: UnsafeMutablePointer<Element>, bytes: ResourceBytes?) {
            self.pointer = pointer
            self.bytes = bytes
        }

        deinit { if bytes == nil { pointer.deallocate() } }
    }

    private var storage: Storage
    /// The number of values.
    let count: Int

    /// `count` copies of `value`, in memory of their own.
    init(repeating value: Element, count: Int) {
        let p = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        p.initialize(repeating: value, count: max(count, 1))
        storage = Storage(pointer: p, bytes: nil)
        self.count = count
    }

    /// A copy of `values`, in memory of its own.
    init(_ values: [Element]) {
        self.init(repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { storage.pointer.update(from: $0.baseAddress!, count: values.count) }
    }

    /// The `count` values at byte `offset` of `bytes`, read in place; the caller has checked
    /// that they lie inside the bytes, are aligned and are in the machine's byte order.
    init(inPlace bytes: ResourceBytes, offset: Int, count: Int) {
        let raw = UnsafeMutableRawPointer(mutating: bytes.base + offset)
        storage = Storage(pointer: raw.assumingMemoryBound(to: Element.self), bytes: bytes)
        self.count = count
    }

    /// The first value's address, for tight loops.
    var base: UnsafePointer<Element> { UnsafePointer(storage.pointer) }

    /// The value at `index`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count)
            return storage.pointer[index]
        }
        set {
            precondition(index >= 0 && index < count)
            if storage.bytes != nil || !isKnownUniquelyReferenced(&storage) {
                let copy = FixedBuffer(repeating: 0, count: count)
                copy.storage.pointer.update(from: storage.pointer, count: count)
                storage = copy.storage
            }
            storage.pointer[index] = newValue
        }
    }

    /// The values as an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: storage.pointer, count: count)) }

    /// Whether the values are read in place from a resource file.
    var isInPlace: Bool { storage.bytes != nil }
}
