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

@Suite struct AnalysisTextTests {
    @Test func quotesTheSpeakersOwnWordsOnlyAndNeverDoublesGuillemets() {
        #expect(QuoteWords.printed("Oui", kind: .direct) == "« Oui »")
        #expect(QuoteWords.printed("inacceptable", kind: .partial) == "« inacceptable »")
        #expect(QuoteWords.printed("« Oui » et « non »", kind: .direct) == "« Oui » et « non »")
        #expect(
            QuoteWords.printed("la Russie resterait ferme", kind: .indirect) == "la Russie resterait ferme")
        #expect(
            QuoteWords.printed("les discussions ont échoué", kind: .according) == "les discussions ont échoué"
        )
    }

    @Test func labelsSourcesThatAreNeitherPersonNorOrganisationByTheirKind() {
        let analysis = Analysis(
            id: "x", title: "Titre", text: "Titre\n", paragraphs: [], entities: [], quotes: [],
            actors: [
                Actor(id: "a1", name: "Marc Dupont", type: .person),
                Actor(id: "a2", name: "note interne", type: .person, kind: .document),
                Actor(id: "a3", name: "source proche du dossier", type: .person, kind: .anonymousSource),
                Actor(id: "a4", name: "Reuters", type: .organization),
            ])
        let rendered = AnalysisText.render(analysis)
        #expect(rendered.contains("Marc Dupont [PER] quotes 0"))
        #expect(rendered.contains("note interne [document] quotes 0"))
        #expect(rendered.contains("source proche du dossier [anonymous-source] quotes 0"))
        #expect(rendered.contains("Reuters [ORG] quotes 0"))
    }

    @Test func makesControlCharactersFromTheArticleVisibleInsteadOfPrintingThem() {
        let text =
            "Titre \u{1B}[31mrouge\n« Nous \u{1B}]0;x\u{7}sommes\u{9B}2J prêts », a déclaré Marc Dupont.\n"
        let quote = Quote(
            span: Span(0, 5), text: "Nous \u{1B}]0;x\u{7}sommes\u{9B}2J\nprêts", kind: .direct,
            cue: TextRef(text: "a déclaré", span: Span(0, 1)),
            speaker: Speaker(text: "Marc\u{7F}", span: Span(0, 1), actor: nil))
        let analysis = Analysis(
            id: "x", title: "Titre \u{1B}[31mrouge", text: text, paragraphs: [], entities: [],
            quotes: [quote],
            actors: [Actor(id: "a1", name: "Marc \u{1B}Dupont", type: .person, aliases: ["\u{1B}[2J"])])
        let rendered = AnalysisText.render(analysis)
        #expect(!rendered.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        #expect(rendered.contains("# Titre ␛[31mrouge\n"))
        #expect(rendered.contains("Nous ␛]0;x␇sommes\u{FFFD}2J prêts"))
        #expect(rendered.contains("Marc␡"))
        #expect(rendered.split(separator: "\n").count == 5)
    }
}
