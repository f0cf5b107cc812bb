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

    @Argument(help: "The words to find.")
    var query: [String]

    @Flag(name: .customLong("print-timing"), help: .hidden)
    var printTiming = false

    func validate() throws {
        // `--limit 0` answered "no article matches", as if nothing did.
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
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
            try library.search(text, limit: limit)
        }
        if printTiming { QueryTiming.report(since: started) }
        if hits.isEmpty {
            StandardError.print("parole: no article matches \(text)")
            throw ExitCode(1)
        }
        for hit in hits {
            let title = TerminalSafeText.line(Self.oneLine(hit.article.title))
            print("\(hit.article.id)\t\(DayFormat.string(hit.article.date))\t\(title)")
            print("\t\(TerminalSafeText.line(Self.oneLine(hit.snippet)))")
        }
    }

    /// `text` on one line: line breaks and other blanks become single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
