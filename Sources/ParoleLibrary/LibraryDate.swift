import Foundation
import ParoleSources

/// Dates as the library stores them: ISO 8601 in UTC ("2012-05-22T12:00:00Z"), which sort as text.
/// Written and read by hand: formatters are slow to make and not shareable across threads.
public enum LibraryDate {
    /// The stored form of `date`.
    static func string(_ date: Date?) -> String? {
        guard let date else { return nil }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (y, m, d) = civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year
            + "-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// `date` in ISO 8601 with the offset east of UTC its source wrote it in, in seconds
    /// (`2026-12-02T00:30:00+01:00`), else in UTC as stored (`2026-12-01T23:30:00Z`): the same
    /// instant either way. What `parole export` writes.
    public static func string(_ date: Date, offset: Int?) -> String {
        let shifted = string(date.addingTimeInterval(TimeInterval(offset ?? 0))) ?? ""
        guard let offset else { return shifted }
        let minutes = abs(offset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return shifted.dropLast() + "\(offset < 0 ? "-" : "+")\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// The date a stored string stands for.
    static func date(_ string: String?) -> Date? {
        guard let string else { return nil }
        let digits = Array(string.utf8)
        guard digits.count == 20, digits[4] == 45, digits[7] == 45, digits[10] == 84, digits[19] == 90 else {
            return string.isEmpty ? nil : ISO8601DateFormatter().date(from: string)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard digits[i] >= 48, digits[i] <= 57 else { return nil }
                value = value * 10 + Int(digits[i] - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), let hh = number(11..<13),
            let mm = number(14..<16), let ss = number(17..<19)
        else { return nil }
        let days = self.days(fromCivil: y, m, d)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hh * 3600 + mm * 60 + ss))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        FeedDate.days(fromCivil: year, month, day)
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Days written as `yyyy-mm-dd`, for listings.
public enum LibraryDay {
    /// The day `daysSince1970` days after 1970-01-01, as `yyyy-mm-dd`.
    public static func string(daysSince1970: Int) -> String {
        let (y, m, d) = LibraryDate.civil(fromDays: daysSince1970)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
