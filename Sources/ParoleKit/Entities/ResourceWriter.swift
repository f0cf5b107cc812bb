import Foundation

/// Writes the little-endian numbers and arrays of a binary resource, padding arrays to 8-byte
/// offsets so that ``ResourceReader`` reads them in place from the mapped file.
struct ResourceWriter {
    /// The bytes written so far.
    private(set) var data = Data()

    /// An empty writer.
    init() {}

    /// Pads with zeros to the next multiple of 8 bytes.
    mutating func align() {
        while data.count % 8 != 0 { data.append(0) }
    }

    /// Raw bytes.
    mutating func bytes(_ values: [UInt8]) { data.append(contentsOf: values) }

    /// One number.
    mutating func scalar<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// Numbers, one after the other.
    mutating func array<T: FixedWidthInteger & Sendable>(_ values: FixedBuffer<T>) {
        if 1.littleEndian == 1 {
            data.append(UnsafeBufferPointer(start: values.base, count: values.count))
        } else {
            for k in 0..<values.count { scalar(values[k]) }
        }
    }

    /// Numbers, one after the other.
    mutating func array<T: FixedWidthInteger & Sendable>(_ values: [T]) { array(FixedBuffer(values)) }
}
