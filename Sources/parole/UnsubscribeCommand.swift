import ArgumentParser
import ParoleLibrary
import ParoleSources

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
        // A feed file may be named by its path, as `parole subscribe` took it.
        let named = [feed] + [LocalFeedFile.url(ofPath: feed)].compactMap { $0 }
        let removed = try reportingLibraryErrors { () throws(LibraryError) -> Subscription? in
            for name in named { if let removed = try library.unsubscribe(name) { return removed } }
            return nil
        }
        guard let removed else {
            StandardError.print(
                "parole: not subscribed to \(feed); see `parole subscriptions`")
            throw ExitCode(1)
        }
        StandardOutput.print("unsubscribed from \(removed.title ?? removed.url); its articles stay")
    }
}
