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

    /// Exits with a one-line error when `path` is a directory: the library is a file in it.
    static func refuseDirectory(_ path: String) throws {
        guard BoundedInput.kind(of: path) == .directory else { return }
        StandardError.print(
            "parole: library \(TerminalSafeText.line(path)): is a directory; --library takes the library's file "
                + "(such as \(TerminalSafeText.line((path as NSString).appendingPathComponent("library.sqlite"))))"
        )
        throw ExitCode(1)
    }

    /// Opens the library; prints a one-line error and exits with status 1 when it cannot.
    func open(create: Bool) throws -> Library {
        try Self.refuseDirectory(path)
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

    /// The day an article dated `date` was published, as its citation and the reader's list
    /// write it (``PublicationDay``): in the offset its source wrote the date in (`offset`, east
    /// of UTC), else, for a date given in UTC or stored before offsets were kept, in the reader's
    /// local time zone (`zone`, `TZ`), a day alone (midnight or noon UTC without an offset)
    /// never moved to another day. The day `--since` and `--until` filter by.
    static func publicationDay(_ date: Date, offset: Int?, zone: TimeZone = .current) -> String {
        PublicationDay.string(of: date, offset: offset, zone: zone)
    }

    /// The day an article dated `date` was published (``publicationDay(_:offset:zone:)``), or
    /// empty for no date: what `parole list`, `search` and `quotes` print, the day its citation
    /// and the reader name.
    static func listedDay(_ date: Date?, offset: Int?, zone: TimeZone = .current) -> String {
        date.map { publicationDay($0, offset: offset, zone: zone) } ?? ""
    }

    /// `date` in ISO 8601 with the offset its source wrote it in, when known
    /// (`2026-12-02T00:30:00+01:00`; `+00:00` for a day alone or a time written without a
    /// zone), else in UTC (`2026-12-01T23:30:00Z`, what the export wrote before offsets were
    /// kept): the same instant either way, and the day where the article was published.
    static func dateTime(_ date: Date, offset: Int?) -> String {
        LibraryDate.string(date, offset: offset)
    }

    /// Where a `--since` option starts: the first day of its day, month ("2012-07") or year
    /// ("2012"), each article on the day it was published (``PublicationDay``), or the date-time
    /// it names. Throws a one-line usage error when it is no date.
    static func since(_ text: String) throws -> ArticleDateLimit {
        if let date = instant(text) { return .instant(date) }
        guard let start = period(text)?.start else { throw notADate("--since", text) }
        return .day(daysSince1970: days(start))
    }

    /// Where a `--until` option stops: after the last day of its day, month or year for a plain
    /// date ("2012-07-02" takes the whole day, "2012-07" the whole of July), each article on the
    /// day it was published (``PublicationDay``); before the date-time itself for a full ISO 8601
    /// date. Throws a one-line usage error when it is no date.
    static func until(_ text: String) throws -> ArticleDateLimit {
        if let date = instant(text) { return .instant(date) }
        guard let end = period(text)?.end else { throw notADate("--until", text) }
        return .day(daysSince1970: days(end))
    }

    /// The days from 1970-01-01 to the day that starts at `start` (midnight UTC).
    private static func days(_ start: Date) -> Int {
        Int((start.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// A full ISO 8601 date-time ("2012-07-02T10:00:00Z").
    private static func instant(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }

    /// The start of a plain date ("2012-07-02", or "2012-7-2": month and day of one or two
    /// digits, as before), UTC. A day its month lacks ("2012-11-31", "2013-02-29") is no date:
    /// the formatter would roll it over to the next month, and a mistyped day would silently
    /// become another.
    private static func day(_ text: String) -> Date? {
        guard let parts = numbers(text), parts.count == 3 else { return nil }
        return firstInstant(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The day, month ("2012-07" or "2012-7") or year ("2012") `text` names, as the instant it
    /// starts and the instant after it ends, UTC.
    static func period(_ text: String) -> (start: Date, end: Date)? {
        if let start = day(text) { return (start, start.addingTimeInterval(86_400)) }
        guard let parts = numbers(text), parts.count <= 2 else { return nil }
        let year = parts[0]
        let month = parts.count == 2 ? parts[1] : nil
        let next = month.map { $0 == 12 ? (year + 1, 1) : (year, $0 + 1) } ?? (year + 1, 1)
        guard let start = firstInstant(year: year, month: month ?? 1, day: 1),
            let end = firstInstant(year: next.0, month: next.1, day: 1)
        else { return nil }
        return (start, end)
    }

    /// The numbers of "yyyy", "yyyy-m(m)" or "yyyy-m(m)-d(d)": four digits for the year, one or
    /// two for the month and the day; nil for anything else.
    private static func numbers(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return parts.compactMap { Int($0) }
    }

    /// The first instant of a day, UTC; nil for a month or a day the calendar lacks.
    private static func firstInstant(year: Int, month: Int, day: Int) -> Date? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let text = String(format: "%04d-%02d-%02d", year, month, day)
        guard let date = formatter.date(from: text), formatter.string(from: date) == text else { return nil }
        return date
    }

    private static func notADate(_ option: String, _ text: String) -> ValidationError {
        ValidationError(
            "\(option) \(TerminalSafeText.line(text)): not a date (use yyyy-mm-dd, yyyy-mm or yyyy)")
    }
}

/// The hidden `--print-timing` of the query commands, for scripts/bench-library.
enum QueryTiming {
    /// Prints `query_ms N` on standard error: the milliseconds since `start`.
    static func report(since start: Date) {
        StandardError.print(String(format: "query_ms %.2f", Date().timeIntervalSince(start) * 1000))
    }
}
