import Foundation
import ArgumentParser
import ParoleLibrary
import ParoleSources

/// `parole subscribe`: follows a feed, which `parole update` then keeps up to date.
struct SubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscribe",
        abstract: "Follow an RSS or Atom feed; `parole update` fetches it and stores its new items.",
        discussion: "The feed is not fetched now; run `parole update` to fetch every subscribed feed."
    )

    @OptionGroup var options: LibraryOptions

    @Argument(help: "The http(s) address of the feed.")
    var url: String

    mutating func run() throws {
        guard URLFetcher.isURL(url), let parsed = URL(string: url), parsed.host != nil else {
            StandardError.print("parole: \(TerminalLine.safe(url)): not an http(s) URL")
            throw ExitCode(1)
        }
        let library = try options.open(create: true)
        let added = try reportingLibraryErrors { () throws(LibraryError) in try library.subscribe(url: url) }
        if added {
            print("subscribed to \(TerminalLine.safe(url)); `parole update` fetches it")
        } else {
            print("already subscribed to \(TerminalLine.safe(url))")
        }
    }
}
