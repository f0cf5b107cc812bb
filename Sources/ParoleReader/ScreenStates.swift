import ParoleKit

/// The screens of the reader.
public enum Screen: Hashable, Sendable {
    /// The list of articles.
    case list
    /// One article with its panels.
    case article
    /// One quote in full, with its attribution and source.
    case detail
    /// The list of keys.
    case help
    /// Who is quoted: the statistics of an article or of the list.
    case statistics

    /// The keymap this screen uses.
    public var keymapContext: Keymap.Context {
        switch self {
        case .list: return .list
        case .article: return .article
        case .detail: return .detail
        case .help: return .help
        case .statistics: return .statistics
        }
    }
}

/// Which part of the article view the movement keys act on.
public enum Focus: Hashable, Sendable, CaseIterable {
    /// The article text.
    case text
    /// The Quotes panel.
    case quotes
    /// The Actors panel.
    case actors
}

/// An actor chosen as filter, matched by name (and aliases) across articles.
public struct ActorFilter: Hashable, Sendable {
    /// The actor's name.
    public var name: String
    /// The actor's type.
    public var type: EntityType
    /// Other names the same actor goes by in other articles, as the library knows them ("Obama"
    /// for "Barack Obama"): an article naming the actor only so still matches.
    public var otherNames: [String]

    /// Creates a filter.
    public init(name: String, type: EntityType, otherNames: [String] = []) {
        self.name = name
        self.type = type
        self.otherNames = otherNames
    }
}

/// A search in the article text and where it stands.
public struct SearchState: Hashable, Sendable {
    /// What was searched.
    public var query: String
    /// Every match, in text order.
    public var matches: [Span]
    /// The index of the current match.
    public var current: Int
}

/// The article list's own state.
public struct ListScreenState: Hashable, Sendable {
    /// The selected row.
    public var selection = 0
    /// The text the list is filtered by.
    public var query = ""
    /// The order of the articles (`S` steps through them).
    public var order: ListOrder = .date
}

/// How the article list is sorted.
public enum ListOrder: String, Hashable, Sendable, CaseIterable {
    /// Newest first (undated last), as the library lists them.
    case date
    /// Most quotes first.
    case quotes
    /// By title, case and accents aside.
    case title

    /// The order after this one.
    var next: ListOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The article view's own state.
public struct ArticleScreenState: Hashable, Sendable {
    /// The first text line shown.
    public var scroll = 0
    /// The index (in the analysis) of the quote emphasised, if any.
    public var currentQuote: Int?
    /// What movement keys act on.
    public var focus: Focus = .text
    /// The selected row of the Quotes panel.
    public var quoteRow = 0
    /// The selected row of the Actors panel.
    public var actorRow = 0
    /// The current search, if any.
    public var search: SearchState?
    /// The text offset at the top of the page before the terminal became too small.
    var resizeAnchor: Int?
}

/// The help screen's own state.
public struct HelpScreenState: Hashable, Sendable {
    /// The first help line shown.
    public var scroll = 0
    /// The screen the help was opened from.
    public var returnTo: Screen = .article
}

/// The statistics screen's own state: what is counted and where it was opened from.
public struct StatisticsScreenState: Hashable, Sendable {
    /// The heading: the article's title or "All articles".
    public var title: String
    /// The counts.
    public var statistics: QuoteStatistics
    /// The first line shown.
    public var scroll = 0
    /// The screen to go back to.
    public var returnTo: Screen = .article
}

/// The quote detail pane's own state.
public struct QuoteDetailState: Hashable, Sendable {
    /// The quote shown (its index in the article's analysis).
    public var quote: Int
    /// The first line shown.
    public var scroll = 0
}

/// The actor picker's own state: what was typed, the selected row, and whether the library's
/// actors are still being fetched.
public struct ActorPickerState: Hashable, Sendable {
    /// What was typed.
    public var editor = LineEditor()
    /// The selected row.
    public var selection = 0
    /// What the chosen actor is for: a filter, a quote's new speaker, a merge.
    public var purpose: ActorPickerPurpose = .filter
}

/// What the actor picker picks for.
public enum ActorPickerPurpose: Hashable, Sendable {
    /// The actor to filter by (`f`).
    case filter
    /// The new speaker of the quote at this index of the analysis (`e`); a new name may be typed.
    case speaker(quote: Int)
    /// The actor to merge the named actor into (`m`).
    case merge(actor: String)
}

/// A line being typed on the status line, each with the shared line editor.
public enum Prompt: Hashable, Sendable {
    /// `/` in the article view: a search.
    case search(LineEditor)
    /// `/` in the list: filters the articles as one types.
    case listFilter(LineEditor)
    /// `f`: the actor picker.
    case actorPicker(ActorPickerState)
}
