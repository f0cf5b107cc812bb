import ArgumentParser
import Foundation
import ParoleKit

/// `parole-train export`: writes a corpus as a gold directory (`NAME.txt` + `NAME.gold.json`),
/// so `shared/eval/score.py` can score Parole and other systems on the same texts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a corpus as a gold directory for score.py.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "The directory to write.")
    var output: String

    func run() throws {
        let texts = try corpus.texts()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        struct Gold: Encodable {
            struct E: Encodable {
                var text: String
                var type: String
            }
            var id: String
            var lang = "fr"
            var entities: [E]
            var quotes: [String] = []
        }
        for (k, t) in texts.enumerated() {
            let name = String(format: "%05d", k)
            let scalars = Array(t.text.unicodeScalars)
            let entities = t.names.map { n in
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[n.span.start..<n.span.end])
                return Gold.E(text: String(v), type: n.type.rawValue)
            }
            try t.text.write(toFile: "\(output)/\(name).txt", atomically: true, encoding: .utf8)
            try encoder.encode(Gold(id: name, entities: entities)).write(
                to: URL(fileURLWithPath: "\(output)/\(name).gold.json"))
        }
        print("wrote \(texts.count) texts to \(output)")
    }
}
