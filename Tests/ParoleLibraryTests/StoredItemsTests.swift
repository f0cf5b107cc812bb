import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// A feed update tells which of its items are stored already, with the same text and analysis
/// version, in one read of the library, as ``Library/isStored(source:text:analysisVersion:)``
/// tells it of one.
@Suite final class StoredItemsTests: LibrarySuite {
    @Test func everyItemIsToldStoredAsIsStoredTellsIt() throws {
        var texts: [String: String] = [:]
        for id in ["1", "2"] {
            let analysis = Fixture.analysis(
                id, title: "Article \(id)", speakers: [.init(name: "Anne Roux", quotes: ["Mot"])])
            texts[id] = analysis.text
            try library.add(LibraryEntry(source: "test:\(id)", analysisVersion: "v1"), analysis: analysis)
        }
        let items: [(source: String, text: String)] = [
            ("test:1", texts["1"]!), ("test:2", texts["2"]! + " corrigé"), ("test:3", "Nouveau\nTexte."),
            ("test:1", texts["1"]!),
        ]
        let stored = try library.storedItems(items, analysisVersion: "v1")
        #expect(stored == [true, false, false, true])
        for (item, told) in zip(items, stored) {
            #expect(try library.isStored(source: item.source, text: item.text, analysisVersion: "v1") == told)
        }
        // Another analysis version is analysed again.
        #expect(try library.storedItems(items, analysisVersion: "v2") == [false, false, false, false])
        #expect(try library.storedItems([], analysisVersion: "v1") == [])
    }

    @Test func aThousandItemsAreToldInOneRead() throws {
        let analysis = Fixture.analysis("1", title: "Article 1", speakers: [])
        try library.add(LibraryEntry(source: "test:1"), analysis: analysis)
        let items = (0..<1_200).map { (source: "test:\($0)", text: analysis.text) }
        let stored = try library.storedItems(items)
        #expect(stored.enumerated().filter(\.element).map(\.offset) == [1])
    }
}
