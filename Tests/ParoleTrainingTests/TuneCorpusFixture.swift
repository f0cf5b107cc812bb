import Foundation
import ParoleTraining

/// The gold articles the shipped weight files are trained on, as `parole-train` gathers them
/// with `--gold ../shared/corpus/dev --gold-even ../shared/corpus/train`: every dev article, the
/// even-numbered (tune) train articles and the even-numbered press probes. Shared by the tests
/// that check a committed weight file is what training writes.
enum TuneCorpusFixture {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    /// The tune files, or nil when `../shared/corpus` is not here (nothing to compare).
    static func files() throws -> [URL]? {
        let shared = root.appendingPathComponent("../shared/corpus").standardized
        guard FileManager.default.fileExists(atPath: shared.appendingPathComponent("train").path) else {
            return nil
        }
        return try GoldCorpus.files(in: shared.appendingPathComponent("dev").path, evenOnly: false)
            + GoldCorpus.files(in: shared.appendingPathComponent("train").path, evenOnly: true)
            + GoldCorpus.files(in: root.appendingPathComponent(GoldCorpus.pressProbes).path, evenOnly: true)
    }

    /// The numbers of the train and press-probe files among `files` (dev files have none).
    static func splitNumbers(of files: [URL]) -> [Int] {
        files.filter { $0.path.contains("/train/") || $0.path.contains("press-probes") }
            .compactMap { Int($0.lastPathComponent.prefix { $0 != "." }.filter(\.isNumber)) }
    }
}
