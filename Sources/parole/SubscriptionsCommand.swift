import ArgumentParser
import Foundation
import ParoleLibrary

/// `parole subscriptions`: lists the feeds the library follows.
struct SubscriptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscriptions",
        abstract: "List the feeds the library follows, with their last update."
    )

    @OptionGroup var options: LibraryOptions

    @Option(help: "text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        let subscriptions = try reportingLibraryErrors { () throws(LibraryError) in
            try library.subscriptions()
        }
        if format == .json {
            try JSONOutput.write(subscriptions)
            return
        }
        guard !subscriptions.isEmpty else {
            StandardError.print("parole: no subscriptions; follow a feed with `parole subscribe URL`")
            return
        }
        for subscription in subscriptions {
            var line = "\(subscription.id)  \(subscription.url)"
            if let title = subscription.title { line += "  \(title)" }
            if let error = subscription.lastError {
                line += "  (failed \(DayFormat.string(subscription.checkedAt)): \(error))"
            } else if let checked = subscription.checkedAt {
                line += "  (updated \(DayFormat.string(checked)))"
            } else {
                line += "  (not fetched yet)"
            }
            StandardOutput.print(line)
        }
    }
}
