import Foundation
import Testing

@testable import ParoleKit

@Suite struct AnalysisJSONTests {
    func analysisJSON(quoteStart: Int, quoteEnd: Int, paragraphEnd: Int = 5) -> Data {
        Data(
            """
            {"id": "x", "lang": "fr", "title": "Titre", "text": "Titre", "paragraphs": [{"start": 0, "end": \(paragraphEnd)}],
             "entities": [], "actors": [],
             "quotes": [{"start": \(quoteStart), "end": \(quoteEnd), "text": "T", "kind": "direct",
                         "cue": null, "speaker": null, "via": null}]}
            """.utf8)
    }

    @Test func decodesWhatItEncodes() throws {
        let analysis = try AnalysisJSON.decode(analysisJSON(quoteStart: 0, quoteEnd: 1))
        #expect(analysis.quotes.first?.span == Span(0, 1))
        #expect(try AnalysisJSON.decode(AnalysisJSON.encode(analysis, pretty: true)) == analysis)
    }

    @Test func refusesSpansThatEndBeforeTheyStartInsteadOfCrashing() {
        #expect(throws: DecodingError.self) {
            try AnalysisJSON.decode(analysisJSON(quoteStart: 3, quoteEnd: 1))
        }
        #expect(throws: DecodingError.self) {
            try AnalysisJSON.decode(analysisJSON(quoteStart: -2, quoteEnd: 1))
        }
        #expect(throws: DecodingError.self) {
            try AnalysisJSON.decode(analysisJSON(quoteStart: 0, quoteEnd: 1, paragraphEnd: -1))
        }
    }

    @Test func encodesSpansFlatWithSortedKeys() throws {
        let entity = Entity(span: Span(3, 9), type: .person, text: "Peskov")
        #expect(
            String(decoding: AnalysisJSON.encode(entity, pretty: false), as: UTF8.self)
                == #"{"end":9,"start":3,"text":"Peskov","type":"PER"}"#)
        #expect(
            String(decoding: AnalysisJSON.encode(Span(0, 5), pretty: false), as: UTF8.self)
                == #"{"end":5,"start":0}"#)
    }

    @Test func theDocumentedExampleDecodesAndIsSound() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/analysis-format.md")
        let markdown = try String(contentsOf: doc, encoding: .utf8)
        let start = try #require(markdown.range(of: "```json\n"))
        let end = try #require(markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex))
        let analysis = try AnalysisJSON.decode(Data(markdown[start.upperBound..<end.lowerBound].utf8))
        #expect(AnalysisInvariants(analysis).violations().isEmpty)
        #expect(analysis.quotes.map(\.kind) == [.direct, .indirect])
        #expect(analysis.actor(id: "a2")?.name == "Claire Dubois")
        let reencoded =
            try JSONSerialization.jsonObject(with: AnalysisJSON.encode(analysis, pretty: false))
            as? NSDictionary
        let original =
            try JSONSerialization.jsonObject(with: Data(markdown[start.upperBound..<end.lowerBound].utf8))
            as? NSDictionary
        #expect(reencoded == original)
    }
}
