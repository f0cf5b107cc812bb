import Foundation
import Testing

@testable import ParoleKit
@testable import ParoleTraining

/// Examples where the feature 7 marks an organisation the tagger typed as a person, and the
/// feature 8 a person it typed right; feature 9 marks a name that is none.
private func retypingExamples() -> [EntityNameClassifierTrainer.Example] {
    var out: [EntityNameClassifierTrainer.Example] = []
    for k in 0..<20 {
        out.append(.init(features: [1, 7, UInt64(100 + k)], answer: 1))
        out.append(.init(features: [1, 8, UInt64(200 + k)], answer: 0))
        out.append(.init(features: [1, 9], answer: 4))
    }
    return out
}

@Test func theNameClassifierLearnsWhichAnswerItsFeaturesMark() {
    var trainer = EntityNameClassifierTrainer()
    trainer.minCount = 2
    let classifier = trainer.train(retypingExamples())
    let organisation = classifier.probabilities([1, 7])
    let person = classifier.probabilities([1, 8])
    #expect(organisation[1] > 0.8)
    #expect(person[0] > 0.8)
    #expect(classifier.probabilities([1, 9])[4] > 0.8)
    // features seen once get no weight
    #expect(classifier.featureCount == 4)
}

@Test func trainingTheNameClassifierIsDeterministicAndItsFileRoundTrips() throws {
    var trainer = EntityNameClassifierTrainer()
    trainer.margin = 0.35
    trainer.drops = true
    trainer.before = "DocumentConsistencyRule"
    let classifier = trainer.train(retypingExamples())
    let bytes = classifier.serialized()
    #expect(trainer.train(retypingExamples()).serialized() == bytes)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "name-classifier-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: path) }
    try Data(bytes).write(to: path)
    let read = try EntityNameClassifier(contentsOfFile: path.path)
    #expect(read.margin == 0.35)
    #expect(read.drops)
    #expect(read.before == "DocumentConsistencyRule")
    #expect(read.probabilities([1, 7]) == classifier.probabilities([1, 7]))
}

@Test func aDamagedNameClassifierFileIsAnErrorNamingIt() throws {
    let classifier = EntityNameClassifierTrainer().train(retypingExamples())
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cut-classifier-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: path) }
    try Data(classifier.serialized().dropLast(9)).write(to: path)
    #expect(throws: ResourceError.self) { try EntityNameClassifier(contentsOfFile: path.path) }
    try Data("not a classifier".utf8).write(to: path)
    do {
        _ = try EntityNameClassifier(contentsOfFile: path.path)
        Issue.record("read a file that is no classifier")
    } catch {
        #expect(error.description.hasPrefix(path.path))
    }
}

@Test func goldNamesGiveTheClassifierItsAnswersAndNamesOutsideGoldAreNone() {
    // A tagger that knows no names, so the rules' gazetteers give the names: "Lyon" is right,
    // and a name no gold overlaps would be none.
    let text = AnnotatedText(
        id: "t", text: "Le maire de Lyon parle.", names: [.init(span: Span(12, 16), type: .organization)])
    let recognizer = ModelEntityRecognizer(model: nil, nameClassifier: nil)
    let examples = EntityNameClassifierTrainer().examples(of: [text], by: recognizer)
    #expect(examples.count == 1)
    #expect(examples.first?.answer == 1)
    let none = AnnotatedText(id: "u", text: "Le maire de Lyon parle.", names: [])
    #expect(EntityNameClassifierTrainer().examples(of: [none], by: recognizer).map(\.answer) == [4])
}
