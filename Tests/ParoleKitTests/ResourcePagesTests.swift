import Foundation
import Testing

@testable import ParoleKit

/// Large saved tables are read a page at a time, as lookups need the pages, and answer as
/// the table they were saved from.
@Suite struct ResourcePagesTests {
    /// A packed table of `n` random keys saved to a file, the keys and the file's path.
    func savedTable(_ n: Int) throws -> (HashTable<UInt32>, [UInt64], String) {
        var rng = SystemRandomNumberGenerator()
        var open = HashTable<UInt32>(capacity: n)
        var keys: [UInt64] = []
        for k in 0..<n {
            let key = rng.next() as UInt64
            keys.append(key)
            open.set(key, UInt32(k))
        }
        var writer = ResourceWriter()
        writer.bytes(Array("TABLE!!!".utf8))
        open.packed.write(to: &writer)
        let path = NSTemporaryDirectory() + "parole-pages-\(UUID().uuidString).bin"
        try writer.data.write(to: URL(fileURLWithPath: path))
        return (open, keys, path)
    }

    @Test func aLargeMappedTableReadsOnlyThePagesItsLookupsNeed() throws {
        let (open, keys, path) = try savedTable(60_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = ResourceReader(try ResourceBytes(mapping: path, name: path))
        _ = try reader.bytes(8)
        let table = try HashTable<UInt32>.read(from: &reader)
        #expect(reader.atEnd)
        let pages = try #require(table.rawPages)
        #expect(pages.pagesRead.read == 0)
        for key in keys.prefix(10) { #expect(table[key] == open[key]) }
        #expect(table[12345] == open[12345])
        // Ten found keys and one missing: a page of keys and one of values each at most.
        let afterLookups = pages.pagesRead
        #expect(afterLookups.read > 0 && afterLookups.read <= 22)
        #expect(afterLookups.of > 100)
        // Walking the whole table reads it all, and it holds every key.
        #expect(table.entries.count == 60_000)
        #expect(pages.pagesRead.read == afterLookups.of)
        for key in keys.suffix(1000) { #expect(table[key] == open[key]) }
    }

    @Test func smallTablesAndCopiesInMemoryAreReadInPlace() throws {
        let (open, keys, path) = try savedTable(500)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = ResourceReader(try ResourceBytes(mapping: path, name: path))
        _ = try reader.bytes(8)
        let small = try HashTable<UInt32>.read(from: &reader)
        #expect(small.rawPages == nil)
        for key in keys { #expect(small[key] == open[key]) }

        let (bigOpen, bigKeys, bigPath) = try savedTable(60_000)
        defer { try? FileManager.default.removeItem(atPath: bigPath) }
        let copy = ResourceBytes(
            copying: try Data(contentsOf: URL(fileURLWithPath: bigPath)), name: "copy")
        var copyReader = ResourceReader(copy)
        _ = try copyReader.bytes(8)
        let inMemory = try HashTable<UInt32>.read(from: &copyReader)
        #expect(inMemory.rawPages == nil)
        for key in bigKeys.prefix(100) { #expect(inMemory[key] == bigOpen[key]) }
    }

    @Test func lookupsFromManyThreadsAtOnceAllFindTheirValues() throws {
        let (open, keys, path) = try savedTable(60_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = ResourceReader(try ResourceBytes(mapping: path, name: path))
        _ = try reader.bytes(8)
        let table = try HashTable<UInt32>.read(from: &reader)
        let wrong = LockedCount()
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for key in keys[(t * 2000)..<(t * 2000 + 2000)] where table[key] != open[key] { wrong.add() }
        }
        #expect(wrong.value == 0)
    }
}

/// A counter shared by threads.
private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
