import Foundation
import Testing

@testable import ParoleKit

/// The shipped example article and its gold annotation stay in step: every annotated entity
/// and quote is found in the article, in order, so the gold can be scored against.
@Suite struct ExampleArticleTests {
    struct Gold: Decodable {
        struct Entity: Decodable {
            var text: String
            var type: EntityType
        }
        struct Quote: Decodable {
            var text: String
            var kind: QuoteKind
            var cue: String
            var speaker: [String]
            var via: String?
        }
        var id: String
        var entities: [Entity]
        var quotes: [Quote]
    }

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples")

    func load() throws -> (text: String, gold: Gold) {
        let text = try String(
            contentsOf: Self.examples.appendingPathComponent("sommet-bruxelles.txt"), encoding: .utf8)
        let data = try Data(contentsOf: Self.examples.appendingPathComponent("sommet-bruxelles.gold.json"))
        return (text, try JSONDecoder().decode(Gold.self, from: data))
    }

    @Test func goldEntitiesAndQuotesAreFoundInTheArticleInOrder() throws {
        let (text, gold) = try load()
        #expect(gold.id == "sommet-bruxelles")
        var position = text.startIndex
        for entity in gold.entities {
            let found = try #require(
                text.range(of: entity.text, range: position..<text.endIndex), "\(entity.text)")
            position = found.upperBound
        }
        position = text.startIndex
        for quote in gold.quotes {
            let found = try #require(
                text.range(of: quote.text, range: position..<text.endIndex), "\(quote.text)")
            position = text.index(after: found.lowerBound)
            #expect(text.contains(quote.cue), "cue \(quote.cue)")
            #expect(!quote.speaker.isEmpty)
        }
    }

    @Test func theExampleHoldsEveryKindOfQuoteAndSeveralSpeakers() throws {
        let (text, gold) = try load()
        #expect(Set(gold.quotes.map(\.kind)) == Set(QuoteKind.allCases))
        #expect(Set(gold.quotes.map { $0.speaker[0] }).count >= 6)
        #expect(gold.quotes.contains { $0.via != nil })
        // A title line and about a dozen paragraphs, one per line.
        let lines = text.split(separator: "\n")
        #expect(lines.count >= 12)
        let analysis = Analyzer().analyze(text: text, id: gold.id)
        #expect(analysis.paragraphs.count == lines.count)
        #expect(analysis.title == String(lines[0]))
    }
}
