import Foundation
import Testing

@testable import ParoleKit
@testable import ParoleTraining

@Test func predictionFilesWriteTheirKeysInSortedOrder() throws {
    let entities = [
        Entity(span: Span(0, 5), type: .person, text: "Alice"),
        Entity(span: Span(9, 14), type: .location, text: "Paris"),
    ]
    let text = String(decoding: try EntityPredictionFile(entities: entities).encoded(), as: UTF8.self)
    #expect(
        text == #"{"entities":[{"end":5,"start":0,"text":"Alice","type":"PER"},"#
            + #"{"end":14,"start":9,"text":"Paris","type":"LOC"}]}"#)
}

@Test func predictionFilesAreTheSameBytesEveryTime() throws {
    let entities = (0..<50).map { k in
        Entity(span: Span(k * 10, k * 10 + 4), type: .organization, text: "Nom\(k)")
    }
    let first = try EntityPredictionFile(entities: entities).encoded()
    for _ in 0..<20 { #expect(try EntityPredictionFile(entities: entities).encoded() == first) }
}
