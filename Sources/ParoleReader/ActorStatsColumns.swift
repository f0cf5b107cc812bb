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

    /// The columns for a panel `panelWidth` wide (its marker column and a gap aside).
    init(panelWidth: Int) {
        shown =
            Shown.allCases.first { Self.width(of: $0) + 2 + Self.minimumNameWidth <= panelWidth } ?? .none
    }

    /// The width of the columns, their trailing space included.
    var width: Int { Self.width(of: shown) }

    private static func width(of shown: Shown) -> Int {
        switch shown {
        case .all: 12
        case .typeAndQuotes: 8
        case .quotes: 4
        case .none: 0
        }
    }

    /// The heading over the columns.
    var heading: String {
        switch shown {
        case .all: " type  q   m "
        case .typeAndQuotes: " type  q "
        case .quotes: "  q "
        case .none: ""
        }
    }

    /// The columns' text for `actor`.
    func text(for actor: Actor) -> String {
        let type = ActorTypeColumn.text(for: actor).padding(4)
        let quotes = String(actor.quotes).leftPadded(3)
        switch shown {
        case .all: return type + quotes + String(actor.mentions).leftPadded(4) + " "
        case .typeAndQuotes: return type + quotes + " "
        case .quotes: return quotes + " "
        case .none: return ""
        }
    }
}
