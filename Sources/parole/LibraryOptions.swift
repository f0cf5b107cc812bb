import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// The `--library` option shared by the library commands.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The library database (default: $PAROLE_LIBRARY, else $XDG_DATA_HOME/parole/library.sqlite, "
                + "else ~/.local/share/parole/library.sqlite).", valueName: "path"))
    var library: String?

    /// The path of the library.
    var path: String { LibraryLocation.path(option: library) }

    /// Opens the library; prints a one-line error and exits with status 1 when it cannot.
    func open(create: Bool) throws -> Library {
        do {
            return try Library(path: path, create: create)
        } catch {
            StandardError.print("parole: \(error.description)")
            throw ExitCode(1)
        }
    }
}

/// Turns a library error into a one-line message and exit status 1.
func reportingLibraryErrors<T>(_ body: () throws(LibraryError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        StandardError.print("parole: \(error.description)")
        throw ExitCode(1)
    }
}

/// Dates as the library commands print and read them.
enum DayFormat {
    /// `2012-05-22`, or empty for no date.
    static func string(_ date: Date?) -> String {
        guard let date else { return "" }
        let seconds = date.timeIntervalSince1970
        let day = Int((seconds / 86_400).rounded(.down))
        return String(LibraryDay.string(daysSince1970: day))
    }

    /// The first instant a `--since` option takes: the start of its day, or the date-time it
    /// names. Throws a one-line usage error when it is no date.
    static func since(_ text: String) throws -> Date {
        guard let date = instant(text) ?? day(text) else { throw notADate("--since", text) }
        return date
    }

    /// The instant a `--until` option stops before: the end of its day for a plain date
    /// ("2012-07-02" takes the whole day), the date-time itself for a full ISO 8601 date.
    /// Throws a one-line usage error when it is no date.
    static func until(_ text: String) throws -> Date {
        if let date = instant(text) { return date }
        guard let date = day(text) else { throw notADate("--until", text) }
        return date.addingTimeInterval(86_400)
    }

    /// A full ISO 8601 date-time ("2012-07-02T10:00:00Z").
    private static func instant(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }

    /// The start of a plain date ("2012-07-02"), UTC.
    private static func day(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }

    private static func notADate(_ option: String, _ text: String) -> ValidationError {
        ValidationError("\(option) \(TerminalSafeText.line(text)): not a date (use yyyy-mm-dd)")
    }
}

/// The hidden `--print-timing` of the query commands, for scripts/bench-library.
enum QueryTiming {
    /// Prints `query_ms N` on standard error: the milliseconds since `start`.
    static func report(since start: Date) {
        StandardError.print(String(format: "query_ms %.2f", Date().timeIntervalSince(start) * 1000))
    }
}
