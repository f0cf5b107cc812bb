import ArgumentParser
import Foundation
import ParoleTraining

/// The gold directories a weights command learns from: every article of each `--gold`
/// directory, only the even-numbered ones (the tune half) of each `--gold-even` directory.
struct TuneGoldOptions: ParsableArguments {
    @Option(help: "A gold directory whose articles are all used (../shared/corpus/dev).")
    var gold: [String] = []

    @Option(help: "A gold directory of which only the even-numbered articles are used.")
    var goldEven: [String] = []

    /// The gold files of `--gold` and `--gold-even`, in that order.
    func files() throws -> [URL] {
        try gold.flatMap { try GoldCorpus.files(in: $0, evenOnly: false) }
            + goldEven.flatMap { try GoldCorpus.files(in: $0, evenOnly: true) }
    }
}
