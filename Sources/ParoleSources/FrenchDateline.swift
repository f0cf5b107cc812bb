import Foundation

/// Reads the dateline that opens many French news paragraphs ("22 mai 2012. - …",
/// "1er juin 2012 –"), the only date some pages carry.
public enum FrenchDateline {
    /// The months' names, January first.
    static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]

    /// The date at the very start of `paragraph` (day, month name, four-digit year), in UTC.
    public static func parse(_ paragraph: String) -> Date? {
        let words = paragraph.prefix(40).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).prefix(3)
        guard words.count == 3 else { return nil }
        let dayWord = words[words.startIndex].lowercased()
        let day = Int(dayWord == "1er" ? "1" : dayWord)
        let monthWord = words[words.startIndex + 1].lowercased()
        let yearWord = words[words.startIndex + 2].prefix { $0.isNumber }
        guard let day, (1...31).contains(day), let month = months.firstIndex(of: monthWord),
            yearWord.count == 4, let year = Int(yearWord)
        else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month + 1
        components.day = day
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
