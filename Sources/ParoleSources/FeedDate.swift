import Foundation

/// Reads the dates found in feeds and pages: RFC 822 (`Tue, 22 May 2012 07:44:00 +0000`, RSS),
/// ISO 8601 / RFC 3339 (`2012-05-22T07:44:00Z`, Atom and metas) and plain `2012-05-22`.
public enum FeedDate {
    private static let rfc822Formats = [
        "EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm Z",
        "EEE, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy",
    ]

    /// The date `text` stands for, or nil when it is in none of the known forms.
    public static func parse(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if let first = text.unicodeScalars.first, CharacterSet.decimalDigits.contains(first),
            text.count >= 10, text.unicodeScalars.dropFirst(4).first == "-"
        {
            return iso8601(text)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in rfc822Formats {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func iso8601(_ text: String) -> Date? {
        if let date = quickISO8601(text) { return date }
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            day.dateFormat = format
            if let date = day.date(
                from: String(text.prefix(format.replacingOccurrences(of: "'", with: "").count)))
            {
                return date
            }
        }
        return nil
    }

    /// Reads `yyyy-MM-dd`, optionally followed by `THH:mm`, `:ss`, fractions, and `Z` or an
    /// offset, without creating a formatter (formatters cost more than a page's extraction).
    static func quickISO8601(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= b.count else { return nil }
            var value = 0
            for byte in b[from..<(from + length)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), b.count >= 10, b[4] == 0x2D, let month = number(5, 2), b[7] == 0x2D,
            let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = 0
        var index = 10
        if index < b.count, b[index] == 0x54 || b[index] == 0x20 {
            guard let hour = number(11, 2), b.count > 13, b[13] == 0x3A, let minute = number(14, 2),
                hour < 24, minute < 60
            else { return nil }
            seconds = hour * 3600 + minute * 60
            index = 16
            if index < b.count, b[index] == 0x3A {
                guard let second = number(17, 2), second < 61 else { return nil }
                seconds += second
                index = 19
                if index < b.count, b[index] == 0x2E || b[index] == 0x2C {
                    index += 1
                    while index < b.count, (0x30...0x39).contains(b[index]) { index += 1 }
                }
            }
            if index < b.count {
                if b[index] == 0x5A {
                    index += 1
                } else if b[index] == 0x2B || b[index] == 0x2D {
                    let sign = b[index] == 0x2B ? 1 : -1
                    guard let offsetHours = number(index + 1, 2) else { return nil }
                    var next = index + 3
                    if next < b.count, b[next] == 0x3A { next += 1 }
                    let offsetMinutes = number(next, 2) ?? 0
                    if number(next, 2) != nil { next += 2 }
                    seconds -= sign * (offsetHours * 3600 + offsetMinutes * 60)
                    index = next
                } else {
                    return nil
                }
            }
            guard index == b.count else { return nil }
        } else if index != b.count {
            return nil
        }
        // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
    }
}
