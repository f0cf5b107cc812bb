import ParoleKit

/// The columns right of the names in the Actors panel — type, quotes `q`, mentions `m` — as
/// many as leave the names room: a narrow panel drops the mentions, then the type, then the
/// quotes, rather than cutting every name to its first letters.
struct ActorStatsColumns {
    /// The columns shown.
    enum Shown: CaseIterable { case all, typeAndQuotes, quotes, none }

    /// The narrowest the names are cut to before a column is dropped.
    static let minimumNameWidth = 12

    /// The columns shown.
    let shown: Shown
    /// The width of the quotes column: three, or one more than the digits of the largest count.
    let quotesWidth: Int
    /// The width of the mentions column: four, or one more than the digits of the largest count.
    let mentionsWidth: Int

    /// The columns for a panel `panelWidth` wide (its marker column and a gap aside), whose
    /// counts go up to `largestQuotes` and `largestMentions` (a column widens for a count of
    /// 100 quotes or 1,000 mentions rather than running into its neighbour).
    init(panelWidth: Int, largestQuotes: Int = 0, largestMentions: Int = 0) {
        let quotesWidth = max(3, String(largestQuotes).count + 1)
        let mentionsWidth = max(4, String(largestMentions).count + 1)
        self.quotesWidth = quotesWidth
        self.mentionsWidth = mentionsWidth
        shown =
            Shown.allCases.first {
                Self.width(of: $0, quotes: quotesWidth, mentions: mentionsWidth) + 2 + Self.minimumNameWidth
                    <= panelWidth
            } ?? .none
    }

    /// The width of the columns, their trailing space included.
    var width: Int { Self.width(of: shown, quotes: quotesWidth, mentions: mentionsWidth) }

    private static func width(of shown: Shown, quotes: Int, mentions: Int) -> Int {
        switch shown {
        case .all: 4 + quotes + mentions + 1
        case .typeAndQuotes: 4 + quotes + 1
        case .quotes: quotes + 1
        case .none: 0
        }
    }

    /// The heading over the columns.
    var heading: String {
        let q = "q".leftPadded(quotesWidth)
        switch shown {
        case .all: return " type" + q + "m".leftPadded(mentionsWidth) + " "
        case .typeAndQuotes: return " type" + q + " "
        case .quotes: return q + " "
        case .none: return ""
        }
    }

    /// The columns' text for `actor`.
    func text(for actor: Actor) -> String {
        let type = ActorTypeColumn.text(for: actor).padding(4)
        let quotes = String(actor.quotes).leftPadded(quotesWidth)
        switch shown {
        case .all: return type + quotes + String(actor.mentions).leftPadded(mentionsWidth) + " "
        case .typeAndQuotes: return type + quotes + " "
        case .quotes: return quotes + " "
        case .none: return ""
        }
    }
}
