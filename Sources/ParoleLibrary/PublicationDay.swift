import Foundation
import GRDB

/// The day an article was published where it was: what `parole list`, `search` and `quotes`
/// print, the day its citation and the reader name, and the day the library's date filters
/// (``ArticleDateLimit/day(daysSince1970:)``) and its statistics by month count it on.
///
/// A date is read in the offset its source wrote it in (``LibraryEntry/dateOffset``, east of
/// UTC: a page's "2026-12-02T00:30:00+01:00" is the 2nd, where UTC has the 1st; 0 for a date
/// that named a day alone); else, for a date given in UTC or stored before offsets were kept, in
/// the reader's time zone (`TZ`): where the news is read is the likeliest place it was
/// published. A date at midnight or noon UTC without an offset is a day alone, never moved to
/// another day: at midnight, an address's or a feed's day stored before offsets were kept (west
/// of Greenwich it would turn into the day before); at noon, a dateline's day ("22 mai 2012. -
/// …", stored at noon so that it kept its day in most zones), which from UTC+12 on would turn
/// into the day after.
public enum PublicationDay {
    /// The days from 1970-01-01 to the day `date` was published, read in `offset` (seconds east
    /// of UTC) when known, else as the type's documentation tells.
    public static func days(of date: Date, offset: Int?, zone: TimeZone = .current) -> Int {
        let remainder = date.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400)
        let timeOfDay = remainder < 0 ? remainder + 86_400 : remainder
        let isDayAlone = timeOfDay == 0 || timeOfDay == 43_200
        let shift = offset ?? (isDayAlone ? 0 : zone.secondsFromGMT(for: date))
        return Int(((date.timeIntervalSince1970 + TimeInterval(shift)) / 86_400).rounded(.down))
    }

    /// The day `date` was published (``days(of:offset:zone:)``) as `yyyy-mm-dd`.
    public static func string(of date: Date, offset: Int?, zone: TimeZone = .current) -> String {
        LibraryDay.string(daysSince1970: days(of: date, offset: offset, zone: zone))
    }

    /// How far, at most, the day an article was published can lie from its stored UTC instant:
    /// more than any offset a date can be written in (two digits of hours, `+99:59` at the
    /// extreme; real ones stay within −12 and +14 hours) and any time zone's. A filter by day
    /// first narrows the articles by their stored (indexed) date to that much around the day,
    /// then tells each one's day.
    static let largestShift: TimeInterval = 100 * 3600

    /// `paroleDay(date, dateOffset)`: the days from 1970-01-01 to the day of a stored article
    /// (``days(of:offset:zone:)``, dates without an offset read in `zone`); NULL when undated.
    /// Added to the connection before a query that calls it.
    static func function(zone: TimeZone = .current) -> DatabaseFunction {
        DatabaseFunction("paroleDay", argumentCount: 2, pure: true) { values in
            guard let date = LibraryDate.date(String.fromDatabaseValue(values[0])) else { return nil }
            return days(of: date, offset: Int.fromDatabaseValue(values[1]), zone: zone)
        }
    }
}
