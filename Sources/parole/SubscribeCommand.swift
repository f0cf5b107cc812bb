import Foundation
import ArgumentParser
import ParoleKit
import ParoleLibrary
import ParoleSources

/// `parole subscribe`: follows a feed, which `parole update` then keeps up to date.
struct SubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscribe",
        abstract: "Follow an RSS or Atom feed; `parole update` fetches it and stores its new items.",
        discussion: """
            The feed is not fetched now; run `parole update` to fetch every subscribed feed. A feed \
            file (a path or file:// URL) is followed by its absolute file:// URL and read again by \
            `parole update` whenever it changed.
            """
    )

    @OptionGroup var options: LibraryOptions

    @Argument(help: "The http(s) address of the feed, or a feed file (a path or file:// URL).")
    var url: String

    mutating func run() throws {
        if !SubscribeCommand.isFeedAddress(url) {
            // A feed file another program keeps up to date: followed by its absolute file:// URL.
            let path = LocalFeedFile.isFileURL(url) ? URL(string: url)?.path ?? "" : url
            guard !WebAddress.isWebAddress(url) else {
                StandardError.print("parole: \(url): not an http(s) URL")
                throw ExitCode(1)
            }
            guard let file = LocalFeedFile.url(ofPath: path) else {
                StandardError.print(
                    "parole: \(url): neither an http(s) URL nor a feed file (a regular file)")
                throw ExitCode(1)
            }
            // A file already holding something else (a page, a text) is no feed: said now, not
            // at the first update. An empty file is a feed another program has yet to write.
            if let fetched = try? URLFetcher(maxBytes: InputLimits.maxDownloadBytes).fetch(file),
                !fetched.data.isEmpty, !FeedParser.looksLikeFeed(fetched.data)
            {
                StandardError.print("parole: \(url): not an RSS or Atom feed; not subscribed")
                throw ExitCode(1)
            }
            url = file
        }
        let library = try options.open(create: true)
        let added = try reportingLibraryErrors { () throws(LibraryError) in try library.subscribe(url: url) }
        if added {
            StandardOutput.print("subscribed to \(url); `parole update` fetches it")
        } else {
            StandardOutput.print("already subscribed to \(url)")
        }
    }

    /// Whether `text` is an address `URLFetcher` fetches (``URLFetcher/webURL(_:)``: http(s)
    /// with a host) with no white space or control character (which `URL(string:)` would
    /// percent-encode rather than refuse).
    static func isFeedAddress(_ text: String) -> Bool {
        URLFetcher.webURL(text) != nil
            && !text.unicodeScalars.contains { $0.value <= 0x20 || (0x7F..<0xA0).contains($0.value) }
    }
}
