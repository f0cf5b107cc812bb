/// Where the article list's columns go at one terminal width: the title takes what the date,
/// the counts and the site leave. Narrow terminals drop the site column first (below 80
/// columns), then the date, so that titles keep at least `minimumTitle` columns.
struct ListColumns: Equatable {
    /// The width below which the site column is dropped.
    static let siteColumnMinimum = 80
    /// The fewest columns a title keeps before the date column is dropped.
    static let minimumTitle = 20
    /// Columns of the two counts (quotes, actors).
    static let numbersWidth = 16
    /// Columns of a day (`2022-08-03`).
    static let dayWidth = 10

    /// Columns for the title (after the unread dot at column 0).
    let titleWidth: Int
    /// Where the date starts, and its width (0: no date column).
    let dateX: Int
    let dateWidth: Int
    /// Where the counts start.
    let numbersX: Int
    /// Where the site (or file name) starts, and its width (0: no site column).
    let sourceX: Int
    let sourceWidth: Int

    /// The columns for a terminal `width` columns wide.
    init(width: Int) {
        let sourceWidth = width >= Self.siteColumnMinimum ? min(28, width / 5) : 0
        var dateWidth = Self.dayWidth
        func title(_ date: Int) -> Int {
            width - 1 - Self.numbersWidth - (date > 0 ? date + 2 : 1)
                - (sourceWidth > 0 ? sourceWidth + 2 : 0)
        }
        if title(dateWidth) < Self.minimumTitle { dateWidth = 0 }
        titleWidth = max(4, title(dateWidth))
        self.dateWidth = dateWidth
        dateX = 1 + titleWidth + 2
        numbersX = dateWidth > 0 ? dateX + dateWidth : 1 + titleWidth + 1
        self.sourceWidth = sourceWidth
        sourceX = numbersX + Self.numbersWidth + 2
    }
}
