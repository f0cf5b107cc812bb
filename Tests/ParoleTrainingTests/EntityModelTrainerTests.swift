import Foundation
import Testing

@testable import ParoleKit
@testable import ParoleTraining

/// A tiny training set: names in simple news sentences.
private func sample() -> [(AnnotatedText, weight: Int)] {
    var builder = TextBuilder()
    let sentences: [[(String, EntityType?)]] = [
        [("Jean", .person), ("Dupont", .person), ("vit", nil), ("à", nil), ("Lyon", .location), (".", nil)],
        [
            ("Marie", .person), ("Martin", .person), ("travaille", nil), ("à", nil), ("Lille", .location),
            (".", nil),
        ],
        [("Paul", .person), ("Durand", .person), ("dirige", nil), ("Renault", .organization), (".", nil)],
        [("Le", nil), ("maire", nil), ("de", nil), ("Nantes", .location), ("parle", nil), (".", nil)],
    ]
    var texts: [(AnnotatedText, weight: Int)] = []
    for (k, s) in sentences.enumerated() {
        for (word, type) in s { builder.add(word, tag: type, begins: false, glued: word == ".") }
        builder.newline()
        texts.append((builder.finish(id: "s\(k)"), 1))
    }
    return texts
}

@Test func theTrainerLearnsItsTrainingSample() {
    let trainer = EntityModelTrainer(epochs: 6, buckets: 1 << 12)
    let model = trainer.train(sample())
    let recognizer = ModelEntityRecognizer(model: model)
    let text = sample()[0].0
    let found = EntityEvaluation.evaluate(recognizer, on: [text])
    #expect(found.all.truePositives == 2)
}

@Test(arguments: [(false, 0, false), (true, 0, false), (true, 2, false), (true, 2, true), (false, 6, false)])
func everyHistoryScheduleLearnsItsTrainingSample(oracle: Bool, goldHistoryEpochs: Int, keepBoundary: Bool) {
    var trainer = EntityModelTrainer(epochs: 6, buckets: 1 << 12)
    trainer.dynamicOracle = oracle
    trainer.goldHistoryEpochs = goldHistoryEpochs
    trainer.continueWrongType = keepBoundary
    let recognizer = ModelEntityRecognizer(model: trainer.train(sample()))
    let found = EntityEvaluation.evaluate(recognizer, on: sample().map(\.0))
    #expect(found.all.truePositives >= 6)
}

@Test func theHistoryScheduleChangesWhatIsLearned() {
    var greedy = EntityModelTrainer(epochs: 3, buckets: 1 << 10)
    greedy.dynamicOracle = false
    greedy.goldHistoryEpochs = 0
    let imitation = EntityModelTrainer(epochs: 3, buckets: 1 << 10)
    #expect(greedy.train(sample()).serialized() != imitation.train(sample()).serialized())
}

@Test func trainingIsDeterministicAndTheModelFileRoundTrips() throws {
    let trainer = EntityModelTrainer(epochs: 3, buckets: 1 << 10)
    var statistics = WordStatistics()
    for (text, _) in sample() { statistics.add(line: text.text + " " + text.text) }
    let vectors = try WordVectorClasses(lines: [
        "rows\t2\t2\t1", "0\t0\t0", "1\t1\t0", "words\t2", "lyon\t1", "paul\t0",
    ])
    let teacher = try TeacherLexicon(lines: ["renault\t0\t3\t1\t0"])
    let clusters = statistics.clusters(minimumCount: 1).adding(vectors).adding(teacher)
    let a = trainer.train(sample(), clusters: clusters, info: "test").serialized()
    let b = trainer.train(sample(), clusters: clusters, info: "test").serialized()
    #expect(a == b)
    let loaded = try EntityModel(data: a)
    #expect(loaded.info == "test")
    #expect(loaded.clusters?.fineOfRow == [0, 1])
    #expect(loaded.clusters?.coarseOfFine == [0, 0])
    #expect(loaded.serialized() == a)
}

@Test func aModelFileOfAnotherFormatIsRefused() {
    #expect(throws: EntityModel.FormatError.self) { try EntityModel(data: Data("not a model".utf8)) }
}

@Test func trainingLabelsLeaveTitlesOutOfNames() {
    var builder = TextBuilder()
    for (w, t) in [("M.", EntityType.person), ("Jean", .person), ("Dupont", .person), ("parle", nil)] {
        builder.add(w, tag: t, begins: false)
    }
    let text = builder.finish(id: "t")
    let document = Tokenizer(rules: .french).document(text.text)
    let labels = text.labels(for: document)
    #expect(labels == [0, EntityLabel.begin(.person), EntityLabel.inside(.person), 0])
}

@Test func averagingTheWeightsOfOneRunGivesTheSingleModel() {
    let trainer = EntityModelTrainer(epochs: 3, buckets: 1 << 10, seed: 42)
    let one = trainer.trainAveraged([(texts: sample(), seed: 42)]).serialized()
    #expect(one == trainer.train(sample()).serialized())
}

@Test func modelsOfSeveralSeedsAverageDeterministicallyAndStillTagGreedily() {
    let seeds = EntityModelTrainer.seeds(from: 42, count: 3)
    #expect(seeds.first == 42)
    #expect(Set(seeds).count == 3)
    #expect(EntityModelTrainer.seeds(from: 42, count: 3) == seeds)
    let trainer = EntityModelTrainer(epochs: 6, buckets: 1 << 12, seed: 42)
    let runs = seeds.map { (texts: sample(), seed: $0) }
    let averaged = trainer.trainAveraged(runs)
    #expect(averaged.serialized() == trainer.trainAveraged(runs).serialized())
    #expect(averaged.serialized() != trainer.train(sample()).serialized())
    let found = EntityEvaluation.evaluate(ModelEntityRecognizer(model: averaged), on: sample().map(\.0))
    #expect(found.all.truePositives >= 6)
}

@Test func aTextThatTeachesSomeTypesOnlyLearnsOnlyWhereOneOfThemIsAtStake() {
    let trainer = EntityModelTrainer(epochs: 6, buckets: 1 << 12)
    func teaching(_ types: Set<EntityType>) -> [(AnnotatedText, weight: Int)] {
        sample().map { text, weight in
            var text = text
            text.learnedTypes = types
            return (text, weight)
        }
    }
    let document = Tokenizer(rules: .french).document(sample()[2].0.text)  // Paul Durand dirige Renault.
    func labels(_ texts: [(AnnotatedText, weight: Int)]) -> [String] {
        ModelEntityRecognizer(model: trainer.train(texts)).modelLabels(in: document)
    }
    #expect(labels(sample()) == ["B-PER", "I-PER", "O", "B-ORG", "O"])
    // the sample holds no MISC name: a model that starts by guessing O is never corrected
    #expect(labels(teaching([.miscellaneous])) == ["O", "O", "O", "O", "O"])
    #expect(labels(teaching([.organization])).contains("B-ORG"))
}
