import Foundation

/// Dates as the library stores them: ISO 8601 in UTC ("2012-05-22T12:00:00Z"), which sort as text.
enum LibraryDate {
    /// The stored form of `date`.
    static func string(_ date: Date?) -> String? {
        guard let date else { return nil }
        return ISO8601DateFormatter().string(from: date)
    }

    /// The date a stored string stands for.
    static func date(_ string: String?) -> Date? {
        guard let string else { return nil }
        return ISO8601DateFormatter().date(from: string)
    }
}
