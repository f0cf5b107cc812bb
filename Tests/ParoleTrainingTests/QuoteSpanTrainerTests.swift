import Foundation
import Testing

@testable import ParoleKit

@testable import ParoleTraining

/// The quote span scorer's trainer: a deterministic logistic regression over stretches in
/// quotation marks, leave-one-article-out cross-validation, and the committed weights are what
/// it writes from the tune sets.
@Suite struct QuoteSpanTrainerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    typealias Example = QuoteSpanTrainer.Example

    @Test func aSampleWithNoQuoteSpanIsAnExampleWithNoWordsNotACrash() {
        let scalars = Array("« Nous tiendrons », dit-elle.".unicodeScalars)
        let empty = QuoteSpanSample(quotes: [], features: ["bias"], attributed: true, strategy: "s")
        let none = QuoteSpanTrainer.example(
            of: empty, gold: [Span(2, 16)], scalars: scalars, article: 0)
        #expect(!none.isQuote && none.words.isEmpty && none.attributed)
        let one = QuoteSpanSample(quotes: [Span(2, 16)], features: ["bias"], attributed: true)
        let quote = QuoteSpanTrainer.example(of: one, gold: [Span(2, 16)], scalars: scalars, article: 0)
        #expect(quote.isQuote && quote.words == "Nous tiendrons")
    }

    @Test func aClaimEndIsAStopWhenTheStoppedClaimIsNearerTheGold() throws {
        func sample(_ stopped: Span, _ goingOn: Span) -> QuoteSpanSample {
            QuoteSpanSample(
                quotes: [stopped, goingOn], features: ["end"], attributed: false,
                strategy: QuoteSpanSample.claimEnd)
        }
        let stop = try #require(
            QuoteSpanTrainer.claimEndExample(
                of: sample(Span(10, 40), Span(10, 80)), gold: [Span(10, 41)], article: 0))
        #expect(stop.isQuote && stop.isClaimEnd && !stop.attributed)
        let goes = try #require(
            QuoteSpanTrainer.claimEndExample(
                of: sample(Span(10, 40), Span(10, 80)), gold: [Span(10, 79)], article: 0))
        #expect(!goes.isQuote)
        // No gold quote near the claim: the gold says nothing about the place.
        #expect(
            QuoteSpanTrainer.claimEndExample(
                of: sample(Span(10, 40), Span(10, 80)), gold: [Span(200, 260)], article: 0)
                == nil)
    }

    @Test func theRegressionLearnsWhichFeaturesMarkATermAndIsDeterministic() {
        var examples: [Example] = []
        for k in 0..<6 {
            examples.append(
                Example(features: ["bias", "clause-like", "cue:after"], isQuote: true, article: k))
            examples.append(
                Example(features: ["bias", "w:1", "b:det", "cue:none"], isQuote: false, article: k))
        }
        let weights = QuoteSpanTrainer.train(examples, penalty: 0.01, steps: 200)
        #expect(weights == QuoteSpanTrainer.train(examples, penalty: 0.01, steps: 200))
        let scorer = QuoteSpanScorer(weights: weights)
        #expect(scorer.keeps(["bias", "clause-like", "cue:after"]))
        #expect(!scorer.keeps(["bias", "w:1", "b:det", "cue:none"]))
        let outcome = QuoteSpanTrainer.outcome(weights, on: examples)
        #expect(outcome.quotesDropped == 0 && outcome.othersDropped == 6)
    }

    @Test func crossValidationJudgesEachArticleOnWeightsFittedOnTheOthers() {
        // Two articles that teach opposite things: fitted on one, the other is judged wrong.
        let a = Example(features: ["bias", "x"], isQuote: true, article: 0)
        let b = Example(features: ["bias", "x"], isQuote: false, article: 1)
        let outcome = QuoteSpanTrainer.crossValidated([a, b], penalty: 0, steps: 100)
        #expect(outcome.quotes == 1 && outcome.others == 1)
        #expect(outcome.quotesDropped == 1 && outcome.othersDropped == 0)
    }

    @Test func unattributedStretchesTeachButAreNotCounted() {
        var unattributed = Example(features: ["bias", "w:1"], isQuote: false, article: 0)
        unattributed.attributed = false
        let outcome = QuoteSpanTrainer.outcome(["bias": -1], on: [unattributed])
        #expect(outcome.quotes == 0 && outcome.others == 0)
    }

    @Test func theCommittedSpanWeightsAreWhatTrainingOnTheTuneSetsWrites() throws {
        guard let tuneFiles = try TuneCorpusFixture.files() else {
            return  // The gold corpus is not here: nothing to compare.
        }
        // When this fails, run:
        // swift run parole-train quote-span-weights --gold ../shared/corpus/dev --gold-even ../shared/corpus/train
        let files =
            try tuneFiles
            + GoldCorpus.files(
                in:
                    Self.root.appendingPathComponent(QuoteSpanTrainer.spanProbes).path, evenOnly: false)
        // Only the tune halves of train and the press probes: no odd-numbered file.
        let numbers = TuneCorpusFixture.splitNumbers(of: files)
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0 % 2 == 0 })
        let examples = try QuoteSpanTrainer.examples(files: files, analyzer: Analyzer())
        let text = QuoteSpanTrainer.weightsFile(
            examples, articles: files.count, penalty: QuoteSpanTrainer.chosenPenalty,
            steps: QuoteSpanTrainer.chosenSteps)
        let committed = try String(
            contentsOf: Self.root.appendingPathComponent(
                "Sources/ParoleKit/Resources/fr/quote-span-weights.txt"),
            encoding: .utf8)
        #expect(text == committed)
    }
}
