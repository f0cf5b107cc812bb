import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train predict`: writes the entities of every `NAME.txt` of a directory as
/// `NAME.json` (the analysis JSON's entities), for `score.py --predictions`, and times the
/// entity step alone (tokenization excluded).
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Write entity predictions for a directory of texts and time the recogniser.")

    @OptionGroup var directories: TextDirectoryOptions
    @Option(help: "Passes over the texts for timing (the median is reported).")
    var repeats = 3
    @Option(help: "A model file to use instead of the shipped one.")
    var model: String?

    func run() throws {
        let (names, texts, documents) = try directories.documents()
        try FileManager.default.createDirectory(atPath: directories.output, withIntermediateDirectories: true)
        let words = texts.reduce(0) { sum, text in
            sum + text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        }
        let tokenizer = Language.french.tokenizer
        let recognizer =
            try model.map { ModelEntityRecognizer(model: try EntityModel(contentsOfFile: $0)) }
            ?? ModelEntityRecognizer()
        _ = recognizer.entities(in: documents.first ?? tokenizer.document(""))
        let clock = ContinuousClock()
        var results: [[Entity]] = []
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            var out: [[Entity]] = []
            out.reserveCapacity(documents.count)
            let d = clock.measure {
                for doc in documents { out.append(recognizer.entities(in: doc)) }
            }
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            results = out
        }
        for (name, entities) in zip(names, results) {
            try directories.write(entities, of: name, into: directories.output)
        }
        let median = times.sorted()[times.count / 2]
        print(
            String(
                format: "{\"words\": %d, \"seconds\": %.6f, \"words_per_second\": %.0f}", words, median,
                Double(words) / median))
    }
}
