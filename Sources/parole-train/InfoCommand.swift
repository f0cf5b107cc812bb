import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train info`: describes the shipped model and times its first load in this process.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Describe the shipped entity model and time its loading.")

    func run() throws {
        let clock = ContinuousClock()
        var model: EntityModel? = nil
        let modelTime = clock.measure { model = EntityModel.french }
        let recognizerTime = clock.measure { _ = ModelEntityRecognizer(model: model) }
        guard let model else { throw ValidationError("no model shipped (Resources/fr/ner-model.bin)") }
        func ms(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15
        }
        print("model: \(model.info)")
        print("format version: \(EntityModel.formatVersion)")
        print(
            String(format: "model load: %.1f ms; gazetteers load: %.1f ms", ms(modelTime), ms(recognizerTime))
        )
    }
}
