import ArgumentParser
import Foundation
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

    /// Reads `2012-05-22` or a full ISO 8601 date.
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}

/// The hidden `--print-timing` of the query commands, for scripts/bench-library.
enum QueryTiming {
    /// Prints `query_ms N` on standard error: the milliseconds since `start`.
    static func report(since start: Date) {
        StandardError.print(String(format: "query_ms %.2f", Date().timeIntervalSince(start) * 1000))
    }
}
