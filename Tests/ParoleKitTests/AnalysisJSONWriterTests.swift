import Foundation
import Testing

@testable import ParoleKit

/// The compact analysis writer writes exactly what the generic JSON encoder writes.
@Suite struct AnalysisJSONWriterTests {
    func generic(_ analysis: Analysis) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(analysis)
    }

    func genericIndented(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try! encoder.encode(value)
    }

    @Test(arguments: [
        "« Nous ne céderons pas », a déclaré Martine Lefèvre, selon l’AFP.\nLe ministère a indiqué que « tout va bien ».",
        "Guillemets \" et barre \\ et / et tab\t et cloche \u{7} et échappe \u{1B}[31m et nul\u{1}.\n\u{2028}😀 fin",
        "",
    ])
    func writesTheSameBytesAsJSONEncoder(_ text: String) {
        let analysis = Analyzer().analyze(text: text, id: "t/1")
        #expect(AnalysisJSON.encode(analysis, pretty: false) == generic(analysis))
        #expect(AnalysisJSON.encode(analysis, pretty: true) == genericIndented(analysis))
    }

    @Test func indentsEmptyAndNestedContainersAsJSONEncoderDoes() {
        struct Sample: Encodable {
            var empty: [Int] = []
            var none: [String: Int] = [:]
            var nested = [[1, 2], []]
            var text = "a \"[quoted]\" {brace}, colon: and \\ backslash"
            var inner = ["k": ["x": 1]]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let compact = try! encoder.encode(Sample())
        #expect(Data(IndentedJSON.indenting(Array(compact))) == genericIndented(Sample()))
    }

    @Test func writesStringListsAsJSONEncoderDoes() {
        let aliases = ["Peskov", "porte-parole du \"Kremlin\"", "a\\b", "tab\t", ""]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(AnalysisJSON.encode(aliases, pretty: false) == (try! encoder.encode(aliases)))
        #expect(AnalysisJSON.encode(aliases, pretty: true) == genericIndented(aliases))
        #expect(AnalysisJSON.encode([String](), pretty: true) == genericIndented([String]()))
    }

    @Test func writesTheSameBytesForTheDevArticles() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpus/dev").standardized
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        #expect(names.contains("lachin-clashes.txt"))
        for name in names where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let analysis = Analyzer().analyze(text: text, id: name)
            #expect(AnalysisJSON.encode(analysis, pretty: false) == generic(analysis), "\(name)")
            #expect(AnalysisJSON.encode(analysis, pretty: true) == genericIndented(analysis), "\(name)")
        }
    }
}
