import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// A directory of `NAME.txt` texts to tag and the directory their `NAME.json` entity predictions
/// go to (for `score.py --predictions`), shared by `predict` and `ablate-rules`.
struct TextDirectoryOptions: ParsableArguments {
    @Argument(help: "A directory of NAME.txt files.")
    var input: String
    @Option(help: "The directory to write the NAME.json predictions into.")
    var output: String

    /// The text names of the input directory, sorted, their texts and their French
    /// tokenizations.
    func documents() throws -> (names: [String], texts: [String], documents: [Document]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: input)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOfFile: input + "/" + $0, encoding: .utf8) }
        let tokenizer = Language.french.tokenizer
        return (names, texts, texts.map { tokenizer.document($0) })
    }

    /// Writes `entities` of the text `name` (`NAME.txt`) as `NAME.json` in `directory`.
    func write(_ entities: [Entity], of name: String, into directory: String) throws {
        try EntityPredictionFile(entities: entities).encoded().write(
            to: URL(fileURLWithPath: directory + "/" + name.dropLast(4) + ".json"))
    }
}
