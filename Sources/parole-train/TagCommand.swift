import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train tag`: shows the model's label for every token of a text, for error analysis.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Print each token of a text file with the model's BIO label.")

    @Argument(help: "A UTF-8 text file.")
    var file: String
    @Option(help: "A model file to use instead of the shipped one.")
    var model: String?

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let document = Language.french.tokenizer.document(text)
        let recognizer =
            try model.map { ModelEntityRecognizer(model: try EntityModel(contentsOfFile: $0)) }
            ?? ModelEntityRecognizer()
        let labels = recognizer.modelLabels(in: document)
        var line: [String] = []
        for (t, l) in zip(document.tokens, labels) {
            let s = document.text(t.span)
            line.append(l == "O" ? s : "\(s)/\(l)")
            if t.kind == .terminal {
                print(line.joined(separator: " "))
                line = []
            }
        }
        if !line.isEmpty { print(line.joined(separator: " ")) }
    }
}
