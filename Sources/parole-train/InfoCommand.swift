import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train info`: describes the shipped model and times its first load in this process.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Describe the shipped entity model and time its loading.")

    @Option(help: "A model file to describe instead of the shipped one.")
    var model: String?

    func run() throws {
        let clock = ContinuousClock()
        var loaded: EntityModel? = nil
        let modelTime = try clock.measure {
            loaded = try model.map { try EntityModel(contentsOfFile: $0) } ?? EntityModel.loadFrench()
        }
        let recognizerTime = clock.measure { _ = ModelEntityRecognizer(model: loaded) }
        let firstNamesTime = clock.measure { _ = FirstNames.french.count }
        guard let loaded else { return }
        func ms(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15
        }
        print("model: \(loaded.info)")
        print("format version: \(EntityModel.formatVersion); file: \(loaded.fileDescription)")
        print(
            String(
                format: "model load: %.2f ms; recogniser: %.2f ms; first names: %.2f ms", ms(modelTime),
                ms(recognizerTime), ms(firstNamesTime)))
    }
}
