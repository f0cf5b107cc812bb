import ArgumentParser
import ParoleLibrary

/// `parole unsubscribe`: stops following a feed; its articles stay in the library.
struct UnsubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsubscribe",
        abstract: "Stop following a feed; the articles already stored from it stay in the library."
    )

    @OptionGroup var options: LibraryOptions

    @Argument(help: "The feed's address, or its number in `parole subscriptions`.")
    var feed: String

    mutating func run() throws {
        let library = try options.open(create: false)
        let removed = try reportingLibraryErrors { () throws(LibraryError) in try library.unsubscribe(feed) }
        guard let removed else {
            StandardError.print(
                "parole: not subscribed to \(feed); see `parole subscriptions`")
            throw ExitCode(1)
        }
        StandardOutput.print("unsubscribed from \(removed.title ?? removed.url); its articles stay")
    }
}
