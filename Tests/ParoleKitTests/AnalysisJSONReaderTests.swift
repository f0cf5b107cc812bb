import Foundation
import Testing

@testable import ParoleKit

/// The dedicated analysis reader gives what `JSONDecoder` gives on the writer's JSON, and
/// leaves everything else to `JSONDecoder` (``AnalysisJSON/decode(_:)``).
@Suite struct AnalysisJSONReaderTests {
    /// What `JSONDecoder` alone reads, or nil when it fails.
    func reference(_ json: Data) -> Analysis? {
        try? JSONDecoder().decode(Analysis.self, from: json)
    }

    func fast(_ json: Data) -> Analysis? {
        json.withUnsafeBytes { try? AnalysisJSONReader.read($0) }
    }

    @Test("analyses of invented articles read back equal, compact and indented, as JSONDecoder reads them")
    func analysesRoundTrip() throws {
        let texts = [
            "Le port rouvre\n« Nous rouvrirons lundi », a déclaré Hélène Brévan, directrice du port.\n"
                + "Selon la mairie, les travaux \"coûteront\" 3 millions.\tUn\\signe / deux.\n",
            "Titre\nLe ministre a estimé que la réforme passerait. « Oui. » Il a ajouté : « Non ! » 😀\n",
        ]
        for text in texts {
            let analysis = Analyzer().analyze(text: text, id: "inventé")
            for pretty in [false, true] {
                let json = AnalysisJSON.encode(analysis, pretty: pretty)
                let read = try #require(fast(json), "the reader gave up on the writer's own JSON")
                #expect(read == analysis)
                #expect(read == reference(json))
            }
        }
    }

    @Test(
        "escapes, nulls, missing optional fields and invalid occurrence pairs read as JSONDecoder reads them")
    func edgeCases() throws {
        let json = Data(
            #"""
            {"actors":[{"id":"a1","name":"Zoé \"la\" Martin\u00e9\/x","type":"PER","occurrences":[[0,3],[5,2],[1]]},
            {"id":"a2","name":"ONU","type":"ORG","aliases":null,"quotes":null,"kind":null,"roles":["porte-parole"],"mentions":4}],
            "entities":[{"end":3,"start":0,"text":"Zo\ud83d\ude00\n\t\\","type":"PER"}],
            "id":"x","lang":"fr","paragraphs":[{"start":0,"end":10}],
            "quotes":[{"cue":null,"end":9,"kind":"direct","speaker":{"actor":null,"end":3,"start":0,"text":"Zoé"},"start":4,"text":"oui","via":null}],
            "text":"","title":"T"}
            """#.utf8)
        let read = try #require(fast(json))
        #expect(read == reference(json))
        #expect(read.actors[0].occurrences == [Span(0, 3)])
        #expect(read.actors[1].kind == .organisation && read.actors[1].quotes == 0)
        #expect(read.entities[0].text == "Zo😀\n\t\\")
    }

    @Test("anything the reader does not know is left to JSONDecoder: the result is still JSONDecoder's")
    func unknownShapesFallBack() throws {
        let base = AnalysisJSON.encode(
            Analyzer().analyze(text: "Titre\n« Oui », a dit Paul Durand.\n", id: "x"), pretty: false)
        let text = String(decoding: base, as: UTF8.self)
        // A key a later version might add: JSONDecoder ignores it, the reader gives up.
        let future = Data(
            text.replacingOccurrences(of: "\"lang\":", with: "\"later\":[1,{\"a\":2}],\"lang\":").utf8)
        #expect(fast(future) == nil)
        #expect(try AnalysisJSON.decode(future) == reference(future))
        // A span that ends before it starts is an error, whoever reads it.
        let bad = Data(
            text.replacingOccurrences(of: "\"paragraphs\":[{\"end\":", with: "\"paragraphs\":[{\"end\":-")
                .utf8)
        #expect(fast(bad) == nil)
        #expect(reference(bad) == nil)
        #expect(throws: (any Error).self) { try AnalysisJSON.decode(bad) }
        // Trailing bytes, truncation and invalid UTF-8 are not read.
        #expect(fast(base + Data("x".utf8)) == nil)
        #expect(fast(base.dropLast()) == nil)
        let invalid = Data(text.replacingOccurrences(of: "Titre", with: "Ti\u{FFFD}re").utf8).map {
            $0 == 0xBD ? 0xFF : $0
        }
        #expect(fast(Data(invalid)) == nil)
    }

    @Test(
        "UTF-8 is checked as the standard defines it",
        arguments: [
            ([0x41, 0xC3, 0xA9], true), ([0xF0, 0x9F, 0x98, 0x80], true), ([0xEF, 0xBF, 0xBD], true),
            ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false),
            ([0xE2, 0x82], false), ([0x80], false), ([0xF4, 0x90, 0x80, 0x80], false),
        ] as [([UInt8], Bool)])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer { AnalysisJSONReader.isValidUTF8($0) } == valid)
        #expect((String(validating: bytes, as: UTF8.self) != nil) == valid)
    }
}
