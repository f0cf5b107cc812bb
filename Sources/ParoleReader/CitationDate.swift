import ParoleKit

/// An article's date as a citation writes it: in words, the way the article's language's press
/// writes a date ("2 décembre 2026", "1er décembre 2026" in French), with the months' names and
/// the days written as ordinals from the language's `months.txt` (``MonthNames``). Only a whole,
/// valid calendar day is rewritten: an invalid date ("2026-02-31", "2026-13-01"), a partial one
/// ("2026-12"), free text, or a language without month names keeps the date as stored, never
/// turned into another day.
enum CitationDate {
    /// `date` in the words of the language of code `languageCode` (nil or empty: the default
    /// language's, as ``MonthNames/of(languageCode:)``), else `date` as given.
    static func written(_ date: String, languageCode: String?) -> String {
        guard let (year, month, day) = day(of: date),
            let names = MonthNames.of(languageCode: languageCode ?? "")
        else { return date }
        let dayWord = names.dayOrdinals.filter { $0.value == day }.keys.min() ?? String(day)
        return "\(dayWord) \(names.months[month - 1]) \(year)"
    }

    /// The year, month and day of an ISO 8601 date ("2026-12-02", or a date-time that starts
    /// with one, "2026-12-02T10:00:00Z"), when it names a day of the calendar.
    static func day(of date: String) -> (year: Int, month: Int, day: Int)? {
        let digits = Array(date.utf8)
        guard digits.count == 10 || (digits.count > 10 && digits[10] == UInt8(ascii: "T")),
            digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digits[index]) else { return nil }
                value = value * 10 + Int(digits[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year > 0, (1...12).contains(month), (1...daysIn(month: month, of: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// How many days `month` (1 for January) has in `year` of the Gregorian calendar.
    static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
