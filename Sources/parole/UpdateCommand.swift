import ArgumentParser
import Foundation
import ParoleLibrary
import ParoleSources

/// `parole update`: fetches every subscribed feed and stores its new items.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch every subscribed feed and store its new items (unread).",
        discussion: """
            Feeds are fetched several at a time, with conditional requests: a feed the server says \
            is unchanged since the last update is not downloaded again. New items are analysed \
            and stored unread; items already stored with the same text are left alone. Prints one \
            line per feed and a summary; a feed that fails is reported on standard error and the \
            others are still updated (exit status 1 then).
            """
    )

    @OptionGroup var options: LibraryOptions

    @Option(parsing: .unconditional, help: "Seconds to wait for each feed's server.")
    var timeout: Double = 15

    @Option(
        parsing: .unconditional, help: ArgumentHelp("How many feeds to fetch at once (1-16).", valueName: "n")
    )
    var jobs: Int = 6

    mutating func validate() throws {
        guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 16") }
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be in 0…600 seconds") }
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        // One writer at a time, as `parole add`: a second update is told at once.
        let lock = try reportingLibraryErrors { () throws(LibraryError) in
            try LibraryWriterLock.acquire(path: library.path)
        }
        defer { withExtendedLifetime(lock) {} }
        let update = FeedUpdate(
            library: library, fetcher: URLFetcher(timeout: timeout), maxConcurrentFetches: jobs)
        let showProgress = isatty(2) != 0
        let summary = try reportingLibraryErrors { () throws(LibraryError) in
            try update.update { progress in
                guard showProgress else { return }
                FileHandle.standardError.write(
                    Data("\rupdating feeds: \(progress.done)/\(progress.total)".utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard !summary.feeds.isEmpty else {
            StandardError.print("parole: no subscriptions; follow a feed with `parole subscribe URL`")
            throw ExitCode(1)
        }
        for feed in summary.feeds {
            if feed.failed {
                StandardError.print("parole: " + feed.line)
            } else {
                StandardOutput.print(feed.line)
            }
            for warning in feed.warnings {
                StandardError.print("parole: \(feed.name): \(warning)")
            }
        }
        StandardOutput.print(summary.line)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
