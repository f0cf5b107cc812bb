import Foundation
import ParoleKit

/// Reads the dateline that opens many news paragraphs ("22 mai 2012. - …", "1er juin 2012 –"),
/// the only date some pages carry, with the month names of the text's language
/// (``MonthNames/of(languageCode:)``).
public enum Dateline {
    /// The date at the very start of `paragraph` (day, month name, four-digit year), in UTC,
    /// read with the months of the language `languageCode` names (the default language's when
    /// it is empty, none for a language without month names). A day past the month's length
    /// ("31 février 2012") is no date, not the next month's.
    public static func parse(_ paragraph: String, languageCode: String = "") -> Date? {
        guard let names = MonthNames.of(languageCode: languageCode) else { return nil }
        let words = paragraph.prefix(40).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).prefix(3)
        guard words.count == 3 else { return nil }
        let yearWord = words[words.startIndex + 2].prefix { $0.isNumber }
        guard let day = names.day(words[words.startIndex]), (1...31).contains(day),
            let month = names.month(words[words.startIndex + 1]),
            yearWord.count == 4, let year = Int(yearWord)
        else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        return date
    }

    /// The date of a dateline opening one of the first four lines of `text` (a text file or a
    /// feed item, which carry no other date), read as ``parse(_:languageCode:)`` does.
    public static func date(openingLinesOf text: String, languageCode: String = "") -> Date? {
        text.split(separator: "\n", maxSplits: 4).prefix(4).lazy.compactMap {
            parse(String($0), languageCode: languageCode)
        }.first
    }
}
