extension HashTable {
    /// Writes the table as saved slots: slot count, entry count, then keys and values, each
    /// at an 8-byte offset, so that ``read(from:)`` reads them in place.
    func write(to writer: inout ResourceWriter) {
        writer.scalar(UInt32(rawKeys.count))
        writer.scalar(UInt32(count))
        writer.align()
        writer.array(rawKeys)
        writer.align()
        writer.array(rawValues)
        writer.align()
    }

    /// Reads a table written by ``write(to:)``, in place.
    static func read(from reader: inout ResourceReader) throws(ResourceError) -> HashTable {
        let slots = try reader.count(limit: 1 << 30)
        let count = try reader.count(limit: 1 << 30)
        reader.align()
        let keys = try reader.buffer(UInt64.self, slots)
        reader.align()
        let values = try reader.buffer(Value.self, slots)
        reader.align()
        guard let table = HashTable(keys: keys, values: values, count: count) else {
            throw reader.error("bad table of \(slots) slots")
        }
        return table
    }
}
