import Testing

@testable import ParoleKit

/// Where a reported claim stops right after words in quotation marks inside it is a learned
/// decision (``ClaimEndFeatures``, weights named `end…` in the quote span weights): the features
/// read the words after the mark, and the weights decide. Sentences written for these tests.
@Suite struct LearnedClaimEndTests {
    static let sentence =
        "L'analyste Caroline Dufresne estime que le prix proposé est « plutôt généreux », avec onze fois le bénéfice."

    /// An analyzer whose quote span weights are `weights` (the stretches' weights as shipped).
    static func analyzer(_ weights: [String: Double]) -> Analyzer {
        var language = Language.french
        language.quoteSpanScorer = QuoteSpanScorer(
            weights: QuoteSpanScorer.french.weights.filter { !$0.key.hasPrefix(ClaimEndFeatures.base) }
                .merging(weights, uniquingKeysWith: { _, new in new }))
        return Analyzer(language: language)
    }

    @Test func withoutWeightsTheClaimGoesOnAfterTheMarks() {
        let q = Self.analyzer([:]).quotes(inBody: Self.sentence)
        #expect(q.map(\.text) == ["le prix proposé est « plutôt généreux », avec onze fois le bénéfice"])
    }

    @Test func weightsAboveZeroStopTheClaimAtTheClosingMark() {
        let q = Self.analyzer([ClaimEndFeatures.base: 1]).quotes(inBody: Self.sentence)
        #expect(q.map(\.text) == ["le prix proposé est « plutôt généreux »"])
        #expect(q.first?.kind == .indirect)
    }

    @Test func theWordsAfterTheCommaDecideThroughTheirFeatures() {
        // Stop before a preposition's phrase after a comma, go on where the phrase follows the mark.
        let analyzer = Self.analyzer([ClaimEndFeatures.base: -1, "end:comma:prep": 2])
        #expect(
            analyzer.quotes(inBody: Self.sentence).map(\.text) == ["le prix proposé est « plutôt généreux »"])
        let joined = "Le centre estime que le risque reste « faible » pour la population générale."
        #expect(
            analyzer.quotes(inBody: joined).map(\.text)
                == ["le risque reste « faible » pour la population générale"])
    }

    @Test func trainingRecordsTheClaimStoppedAndGoingOn() throws {
        let samples = Analyzer().quoteSpanSamples(text: Self.sentence).filter {
            $0.strategy == QuoteSpanSample.claimEnd
        }
        let sample = try #require(samples.first)
        #expect(sample.quotes.count == 2)
        #expect(sample.quotes[0].end < sample.quotes[1].end)
        #expect(sample.features.contains("end:comma:prep"))
        #expect(sample.features.contains("end:verb-before"))
        #expect(!sample.features.contains("end:verb-after"))
    }

    @Test func aMarkClosingTheSentenceIsNoPlaceToDecide() {
        let samples = Analyzer().quoteSpanSamples(
            text: "Le maire a estimé que la situation était « intenable ».")
        #expect(!samples.contains { $0.strategy == QuoteSpanSample.claimEnd })
    }
}
