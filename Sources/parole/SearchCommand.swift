import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole search`: full-text search across the library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the library's articles that hold every word of a query.",
        discussion: """
            Accents and case do not matter; each word also finds longer words it starts (satellite → \
            satellites). Words between double quotes or guillemets are a phrase, found only in that \
            order: parole search '"principe de précaution"' (or « principe de précaution »).
            """
    )

    @OptionGroup var options: LibraryOptions

    @Option(parsing: .unconditional, help: "At most this many articles.")
    var limit: Int = 20

    @Option(
        parsing: .unconditional,
        help:
            "Leave out this many articles first: the next page (--offset 20 after the first 20); past the best of the newest 2,000 matches come the older ones, newest first."
    )
    var offset: Int = 0

    @Argument(help: "The words to find.")
    var query: [String]

    @Flag(name: .customLong("print-timing"), help: .hidden)
    var printTiming = false

    func validate() throws {
        // `--limit 0` answered "no article matches", as if nothing did.
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        // Punctuation and blanks alone ("", "«»") search for nothing: "no article matches" then
        // blamed the library.
        guard query.joined().contains(where: { $0.isLetter || $0.isNumber }) else {
            throw ValidationError("search needs at least one word (letters or digits)")
        }
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        let text = query.joined(separator: " ")
        let started = Date()
        let hits = try reportingLibraryErrors { () throws(LibraryError) in
            try library.search(text, limit: limit, offset: offset)
        }
        if printTiming { QueryTiming.report(since: started) }
        if hits.isEmpty, offset > 0, let total = try? library.searchCount(text), total > 0 {
            StandardError.print(
                "parole: --offset \(offset) leaves none of the \(total) articles holding \(TerminalSafeText.line(text))"
            )
            throw ExitCode(1)
        }
        if hits.isEmpty {
            StandardError.print("parole: no article matches \(text)")
            throw ExitCode(1)
        }
        for hit in hits {
            let title = TerminalSafeText.line(Self.oneLine(hit.article.title))
            print(
                "\(hit.article.id)\t\(DayFormat.listedDay(hit.article.date, offset: hit.article.dateOffset))\t\(title)"
            )
            print("\t\(TerminalSafeText.line(Self.oneLine(hit.snippet)))")
        }
        // A page of more matches says which, and how to read the next (as `parole list`).
        if offset > 0 || hits.count == limit, let total = try? library.searchCount(text),
            total > hits.count
        {
            let next = offset + hits.count < total ? "; --offset \(offset + hits.count) for the next" : ""
            StandardError.print(
                "parole: \(offset + 1)–\(offset + hits.count) of the \(total) articles holding "
                    + "\(TerminalSafeText.line(text)) listed\(next)")
        }
    }

    /// `text` on one line: line breaks and other blanks become single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
