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
            return iso8601(text).flatMap { $0 >= earliest ? $0 : nil }
        }
        guard let date = quickRFC822(text) ?? formattedRFC822(text), date >= earliest else { return nil }
        return date
    }

    /// The offset east of UTC, in seconds, that the date `text` was written in, when it tells
    /// the day as the article's own place saw it: a non-zero offset (`+01:00`, `+0100`, `-05:00`,
    /// `EST`, `CEST`), or a place's zone name of offset zero (`WET`), gives it; a date without a time, or a time without a zone, is written in the
    /// article's own day already (0: its day as written). A date written in UTC (`Z`, `GMT`,
    /// `+0000`: what feeds and sites that convert every date to UTC write, WordPress's RSS among
    /// them) tells nothing of the article's place: nil, as for a text that is no date (``parse(_:)``).
    /// `parse(text)` and this offset give the day the article was published where it was.
    public static func writtenOffset(_ text: String) -> Int? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let date = parse(text) else { return nil }
        let bytes = Array(text.utf8)
        if let first = bytes.first, (0x30...0x39).contains(first), bytes.count >= 10, bytes[4] == 0x2D {
            guard bytes.count > 10 else { return 0 }
            if bytes.last == 0x5A { return nil }
            // An offset after the time: its sign past the hours and minutes (index 16 on).
            guard
                let sign = bytes.indices.dropFirst(16).first(where: { bytes[$0] == 0x2B || bytes[$0] == 0x2D }
                )
            else { return 0 }
            let digits = bytes[(sign + 1)...].filter { $0 != 0x3A }
            guard digits.count == 2 || digits.count == 4, let value = Self.digits(digits, 2...4) else {
                return nil
            }
            let minutes = digits.count == 2 ? value * 60 : value / 100 * 60 + value % 100
            let offset = (bytes[sign] == 0x2B ? 1 : -1) * minutes * 60
            guard offset != 0 else { return nil }
            // A form whose time ``parse(_:)`` reads without its offset (`2026-12-02 10:30:00
            // -05:00`, a space before the offset) gave the day alone, or the time as if in UTC:
            // the offset would move it off the day written, which it names already.
            guard let day = parse(String(text.prefix(10))),
                (0..<86_400).contains(date.timeIntervalSince(day) + TimeInterval(offset))
            else { return 0 }
            return offset
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        // RFC 822: the day alone (`Tue, 22 May 2012`), else a zone last.
        guard let last = words.last, last.contains(":") == false, words.count >= 5 else { return 0 }
        let zone = Array(last.utf8)
        guard let offset = zoneOffset(zone) else { return nil }
        // `+0000` and a universal name tell nothing of the place; `WET`, zero too, is Lisbon's.
        return offset != 0 || ZoneAbbreviation.namesPlace(zone) ? offset : nil
    }

    /// The earliest date a feed is believed: a year before 1900 is a misread (a two-digit year
    /// read as year 12) or a placeholder, no article's date.
    static let earliest = Date(timeIntervalSince1970: TimeInterval(days(fromCivil: 1900, 1, 1) * 86_400))

    /// `text` read by a date formatter in each of the RFC 822 forms in turn (the slow way, for
    /// the forms ``quickRFC822(_:)`` leaves out).
    static func formattedRFC822(_ text: String) -> Date? {
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

    /// Reads the RFC 822 dates RSS feeds write (`Tue, 22 May 2012 07:44:00 +0000`: a day name
    /// and its comma optional, seconds optional, a numeric offset or a zone name of
    /// ``ZoneAbbreviation`` — `GMT`, `UTC`, a North American or a European zone (`CET`, `CEST`,
    /// `BST`…); or the day alone, `Tue, 22 May 2012`) without a formatter: a
    /// `DateFormatter` costs about 100 µs a date here, half the CPU of reading a 10,000-item
    /// feed. A two-digit year is read as RFC 2822 says (00–49: 2000–2049, 50–99: 1950–1999),
    /// which the formatter would read as year 12. Anything else (a zone name the table lacks) is
    /// left to the formatter (nil).
    static func quickRFC822(_ text: String) -> Date? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map { Array($0.utf8) }
        var hasDayName = false
        if let first = words.first, first.last == 0x2C {
            guard first.count == 4, dayNames.contains(lowercased(first.dropLast())) else { return nil }
            words.removeFirst()
            hasDayName = true
        }
        // The day alone only after a day name, and without one the seconds: the formats read.
        guard words.count == 5 || (words.count == 3 && hasDayName), let day = digits(words[0], 1...2),
            (1...31).contains(day), let month = monthNames.firstIndex(of: lowercased(words[1][...])),
            let written = digits(words[2], 2...4), words[2].count != 3
        else { return nil }
        let year = words[2].count == 4 ? written : written + (written < 50 ? 2000 : 1900)
        var seconds = 0
        if words.count == 5 {
            let time = words[3].split(separator: 0x3A, omittingEmptySubsequences: false)
            guard time.count == 3 || (time.count == 2 && hasDayName),
                let hour = digits(time[0], 2...2),
                let minute = digits(time[1], 2...2), hour < 24, minute < 60
            else { return nil }
            seconds = hour * 3600 + minute * 60
            if time.count == 3 {
                guard let second = digits(time[2], 2...2), second < 60 else { return nil }
                seconds += second
            }
            guard let offset = zoneOffset(words[4]) else { return nil }
            seconds -= offset
        }
        guard let days = daysSince1970(year: year, month: month + 1, day: day) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
    }

    /// The English day and month abbreviations of RFC 822, lower case.
    private static let dayNames: [[UInt8]] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map {
        Array($0.utf8)
    }
    private static let monthNames: [[UInt8]] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { Array($0.utf8) }
    /// `word`'s ASCII letters in lower case.
    private static func lowercased(_ word: ArraySlice<UInt8>) -> [UInt8] {
        word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// The number the ASCII bytes `word` write with a count of digits in `length`, else nil.
    private static func digits<Bytes: Collection<UInt8>>(_ word: Bytes, _ length: ClosedRange<Int>) -> Int? {
        guard length.contains(word.count) else { return nil }
        var value = 0
        for byte in word {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The offset east of UTC, in seconds, of an RFC 822 zone: `+0200`, `-0500`, or a name.
    private static func zoneOffset(_ word: [UInt8]) -> Int? {
        if word.count == 5, word[0] == 0x2B || word[0] == 0x2D, let value = digits(word[1...], 4...4) {
            let minutes = value / 100 * 60 + value % 100
            guard value % 100 < 60 else { return nil }
            return (word[0] == 0x2B ? 1 : -1) * minutes * 60
        }
        return ZoneAbbreviation.seconds(word)
    }

    /// The days from 1970-01-01 to a proleptic Gregorian date, nil for a day its month lacks.
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int? {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return Self.days(fromCivil: year, month, day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), the one
    /// copy the feed dates and the library's stored dates (`LibraryDate`) count by.
    public static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Reads `yyyy-MM-dd`, optionally followed by `THH:mm`, `:ss`, fractions, and `Z` or an
    /// offset, without creating a formatter (formatters cost more than a page's extraction).
    static func quickISO8601(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= b.count else { return nil }
            return digits(b[from..<(from + length)], length...length)
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
        let days = Self.days(fromCivil: year, month, day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
    }
}
