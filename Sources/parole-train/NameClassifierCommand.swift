import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train name-classifier`: trains the second look at whole names from gold news
/// articles, each directory read by a tagger that was never trained on it.
struct NameClassifierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-classifier",
        abstract: "Train the whole-name classifier from gold articles tagged by models that never saw them.")

    @Option(
        name: .customLong("tagged"),
        help: "MODEL=DIR: the gold directory DIR read by the tagger MODEL (never trained on DIR); repeatable."
    )
    var tagged: [String] = []
    @Option(help: "Where to write the classifier.")
    var output = "Sources/ParoleKit/Resources/fr/" + EntityNameClassifier.resourceName
    @Option(help: "L2 penalty on the weights.")
    var penalty = 0.001
    @Option(help: "Features seen in fewer examples get no weight.")
    var minCount = 2
    @Option(help: "How much more probable another answer must be to replace a name's type.")
    var margin: Float = 0.2
    @Flag(help: "Let the classifier drop names it finds are none.")
    var drops = false
    @Flag(help: "Count a name overlapping a gold name with another span as no name.")
    var partialNoName = false
    @Option(help: "The entity rule the classifier runs before (default: after every rule).")
    var before: String?

    func run() throws {
        if let before, !ModelEntityRecognizer.ruleNames.contains(before) {
            throw ValidationError("no entity rule named \(before)")
        }
        var trainer = EntityNameClassifierTrainer()
        trainer.penalty = penalty
        trainer.minCount = minCount
        trainer.margin = margin
        trainer.drops = drops
        trainer.partialIsNoName = partialNoName
        trainer.before = before
        var examples: [EntityNameClassifierTrainer.Example] = []
        for pair in tagged {
            guard let eq = pair.firstIndex(of: "=") else { throw ValidationError("--tagged takes MODEL=DIR") }
            let model = try EntityModel(contentsOfFile: String(pair[..<eq]))
            let recognizer = ModelEntityRecognizer(
                model: model, nameClassifier: nil, classifierBefore: before)
            examples += trainer.examples(
                of: try NERCorpus.goldDirectory(String(pair[pair.index(after: eq)...])), by: recognizer)
        }
        guard !examples.isEmpty else { throw ValidationError("no examples: give --tagged MODEL=DIR") }
        let classifier = trainer.train(examples)
        try Data(classifier.serialized()).write(to: URL(fileURLWithPath: output))
        print("\(examples.count) names, \(classifier.featureCount) features: wrote \(output)")
    }
}
