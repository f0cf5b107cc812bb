import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train evaluate`: precision, recall and F1 per type of the shipped model.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Report P/R/F1 per type on a gold directory or a CoNLL-style file."
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "A model file to evaluate instead of the shipped one.")
    var model: String?
    @Flag(help: "Use the rules and gazetteers alone, without the model.")
    var rulesOnly = false

    func run() throws {
        let texts = try corpus.texts()
        var m: EntityModel? = EntityModel.french
        if let model { m = try EntityModel(contentsOfFile: model) }
        if rulesOnly { m = nil }
        let e = EntityEvaluation.evaluate(ModelEntityRecognizer(model: m), on: texts)
        print(e.report)
    }
}
