import ArgumentParser
import ParoleSources

/// The size limits on one input, shared by the commands that read articles (`analyze`, `add`,
/// `read`): a text, page or feed over `--max-size` is refused without being read further
/// (standard input too), and a download stops at `--max-download`.
struct InputOptions: ParsableArguments {
    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("Refuse a file or standard input larger than this (default 20).", valueName: "MB"))
    var maxSize: Double = Double(InputLimits.defaultMaxBytes) / 1_000_000

    @Option(
        name: .customLong("max-download"),
        help: ArgumentHelp("Stop a download larger than this (default 10).", valueName: "MiB"))
    var maxDownload: Double = Double(URLFetcher.defaultMaxBytes) / 1_048_576

    mutating func validate() throws {
        guard maxSize > 0, maxSize.isFinite else {
            throw ValidationError("--max-size must be a positive number of MB")
        }
        guard maxDownload > 0, maxDownload.isFinite else {
            throw ValidationError("--max-download must be a positive number of MiB")
        }
        InputLimits.maxBytes = Int(maxSize * 1_000_000)
        InputLimits.maxDownloadBytes = Int(maxDownload * 1_048_576)
    }
}

/// The limits in force for this process, set from ``InputOptions``.
enum InputLimits {
    /// The default largest input: 20 MB.
    static let defaultMaxBytes = 20_000_000
    /// The largest file or standard input read, in bytes.
    nonisolated(unsafe) static var maxBytes = defaultMaxBytes
    /// The largest download, in bytes.
    nonisolated(unsafe) static var maxDownloadBytes = URLFetcher.defaultMaxBytes
}
