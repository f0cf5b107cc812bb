extension HashTable {
    /// Writes the table in the packed layout: key count, directory size, then the directory,
    /// keys and values, each at an 8-byte offset, so that ``read(from:)`` reads them in place.
    func write(to writer: inout ResourceWriter) {
        let table = packed
        writer.scalar(UInt32(table.count))
        writer.scalar(UInt32(table.runDirectory.count))
        writer.align()
        writer.array(table.runDirectory)
        writer.align()
        writer.array(table.rawKeys)
        writer.align()
        writer.array(table.rawValues)
        writer.align()
    }

    /// Reads a table written by ``write(to:)``: the directory in place, the keys and values in
    /// place or, from a mapped file, read into ``ResourcePages`` a page at a time as lookups
    /// need them (a lookup reads a directory entry, a key or two and a value, scattered over
    /// the table).
    static func read(from reader: inout ResourceReader) throws(ResourceError) -> HashTable {
        let count = try reader.count(limit: 1 << 30)
        let runs = try reader.count(limit: 1 << 30 + 1)
        reader.align()
        let directory = try reader.buffer(UInt32.self, runs)
        reader.align()
        let start = reader.offset
        var keys = try reader.buffer(UInt64.self, count)
        reader.align()
        let valuesStart = reader.offset
        var values = try reader.buffer(Value.self, count)
        let end = reader.offset
        reader.align()
        var pages: ResourcePages? = nil
        if keys.isInPlace, values.isInPlace, end - start >= pagedTableBytes,
            let p = ResourcePages(reader.bytes, offset: start, count: end - start)
        {
            keys = FixedBuffer(paged: p, offset: 0, count: count)
            values = FixedBuffer(paged: p, offset: valuesStart - start, count: count)
            pages = p
        }
        guard let table = HashTable(packedKeys: keys, values: values, directory: directory, pages: pages)
        else {
            throw reader.error("bad table of \(count) keys")
        }
        return table
    }

    /// Tables whose keys and values take less are read in place: a few 64 kB blocks at most.
    static var pagedTableBytes: Int { 256 << 10 }

    /// Reads a table of open slots as format 4 wrote it (slot count, key count, keys, values).
    static func readSlots(from reader: inout ResourceReader) throws(ResourceError) -> HashTable {
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
