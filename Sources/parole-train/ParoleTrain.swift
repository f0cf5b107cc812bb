import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train`: rebuilds and evaluates Parole's French entity model.
@main
struct ParoleTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parole-train",
        abstract: "Train and evaluate Parole's French named-entity model.",
        subcommands: [
            TrainCommand.self, EvaluateCommand.self, ExportCommand.self, TagCommand.self, PredictCommand.self,
            InfoCommand.self, ResourcesCommand.self, SpeakerWeightsCommand.self, QuoteSpanWeightsCommand.self,
            AblateRulesCommand.self,
        ],
        defaultSubcommand: TrainCommand.self)
}

/// Where the evaluation or export data comes from.
struct CorpusOptions: ParsableArguments {
    @Option(help: "A gold directory (NAME.txt + NAME.gold.json), as ../shared/corpus/dev.")
    var goldDir: String?
    @Option(
        help: "A CoNLL-style file: token (or index token) and IOB tag per line, blank line between sentences."
    )
    var conll: String?
    @Option(help: "A Sequoia NE CoNLL-U file.")
    var sequoia: String?
    @Option(help: "A HIPE-2022 TSV file.")
    var hipe: String?

    func texts() throws -> [AnnotatedText] {
        var out: [AnnotatedText] = []
        if let goldDir { out += try NERCorpus.goldDirectory(goldDir) }
        if let conll { out += try NERCorpus.conll(conll) }
        if let sequoia { out += try NERCorpus.sequoia(sequoia) }
        if let hipe { out += try NERCorpus.hipe(hipe) }
        guard !out.isEmpty else { throw ValidationError("give --gold-dir, --conll, --sequoia or --hipe") }
        return out
    }
}
