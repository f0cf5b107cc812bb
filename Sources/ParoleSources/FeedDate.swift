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
}
