import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train ablate-rules`: writes the entities of every `NAME.txt` of a directory once with
/// the whole rule pipeline (`OUTPUT/all/`) and once per rule with that rule left out
/// (`OUTPUT/without-RULE/`), each as `NAME.json` for `score.py --predictions`, so that
/// `scripts/ablate-ner-rules` can score what every rule contributes on a set.
struct AblateRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ablate-rules",
        abstract: "Write entity predictions for a directory with each entity rule left out in turn.")

    @OptionGroup var directories: TextDirectoryOptions
    @Option(help: "Comma-separated rule type names to leave out one at a time (default: every rule).")
    var rules: String?
    @Option(help: "A model file to use instead of the shipped one.")
    var model: String?

    func run() throws {
        let (names, _, documents) = try directories.documents()
        let loaded = try model.map { try EntityModel(contentsOfFile: $0) } ?? EntityModel.french
        let known = ModelEntityRecognizer.ruleNames
        let chosen = rules.map { $0.split(separator: ",").map(String.init) } ?? known
        if let unknown = chosen.first(where: { !known.contains($0) }) {
            throw ValidationError(
                "no entity rule named \(unknown); the rules: \(known.joined(separator: ", "))")
        }
        let variants = [("all", Set<String>())] + chosen.map { ("without-" + $0, [$0] as Set) }
        for (directory, dropped) in variants {
            let recognizer = ModelEntityRecognizer(model: loaded, droppingRules: dropped)
            let path = directories.output + "/" + directory
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, document) in zip(names, documents) {
                try directories.write(recognizer.entities(in: document), of: name, into: path)
            }
        }
    }
}
