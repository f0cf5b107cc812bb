import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train resources`: rebuilds the binary language data that `parole` maps at start-up
/// from the text files that are their source (`firstnames.tsv` → `firstnames.bin`), and brings
/// the shipped model to the current file format without retraining it. A test checks that the
/// committed binaries are what this command writes.
struct ResourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resources",
        abstract: "Rebuild the binary language data from its text sources (and the model's file format).")

    @Option(help: "The French resource folder.")
    var folder = "Sources/ParoleKit/Resources/fr"

    func run() throws {
        let tsv = try Data(contentsOf: URL(fileURLWithPath: folder + "/firstnames.tsv"))
        try write(FirstNames.table(fromTSV: tsv), to: folder + "/firstnames.bin")
        let modelPath = folder + "/ner-model.bin"
        let model = try EntityModel(contentsOfFile: modelPath)
        try write(model.serialized(), to: modelPath)
    }

    private func write(_ data: Data, to path: String) throws {
        let old = try? Data(contentsOf: URL(fileURLWithPath: path))
        if old == data {
            print("\(path): up to date (\(data.count) bytes)")
        } else {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            print("\(path): written (\(data.count) bytes)")
        }
    }
}
