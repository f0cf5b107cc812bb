/// What a key does, by a stable name: the names are what a config file's `bind-key` takes and
/// what docs/keys.md lists, so they never change once published.
///
/// Adding an action: a case here (its raw value is its config name), its help text in
/// `summary`, a default key in `Keymap.defaults(for:)` for the screens where it applies, and
/// its code in that screen's `perform(_:)`.
public enum ReaderAction: String, CaseIterable, Hashable, Sendable {
    /// Leaves Parole from any screen.
    case quit
    /// Back to the previous screen (the list; quits when there is none).
    case back
    /// The help screen.
    case help
    /// One line (or panel row) down.
    case lineDown = "line-down"
    /// One line (or panel row) up.
    case lineUp = "line-up"
    /// One page down.
    case pageDown = "page-down"
    /// One page up.
    case pageUp = "page-up"
    /// Half a page down.
    case halfPageDown = "half-page-down"
    /// Half a page up.
    case halfPageUp = "half-page-up"
    /// The top of the text or of the focused panel.
    case top
    /// The bottom of the text or of the focused panel.
    case bottom
    /// The next quote (the next match while a search is active).
    case nextQuote = "next-quote"
    /// The previous quote (the previous match while a search is active).
    case prevQuote = "prev-quote"
    /// Focus on the next of text, Quotes, Actors.
    case focusNext = "focus-next"
    /// Focus on the previous of text, Quotes, Actors.
    case focusPrev = "focus-prev"
    /// Opens what is selected: an article in the list, a quote's detail, an actor's filter.
    case open
    /// The detail of the current quote: whole text, speaker, cue, relay, source.
    case quoteDetail = "quote-detail"
    /// Copies the current quote with its attribution as a citation (OSC 52).
    case copyQuote = "copy-quote"
    /// Opens the article's address with $BROWSER or xdg-open.
    case openURL = "open-url"
    /// The actor picker.
    case filterActor = "filter-actor"
    /// Clears the actor filter.
    case clearFilter = "clear-filter"
    /// Ends the search, else clears the filter (Esc).
    case cancel
    /// Searches the text (filters the list).
    case search
    /// Repaints the whole screen.
    case redraw
    /// Fetches every subscribed feed (library list).
    case updateFeeds = "update-feeds"
    /// Marks the selected article read or unread (library list).
    case toggleRead = "toggle-read"
    /// Sorts the list by the next key: date, quotes, title.
    case sort
    /// Changes the speaker of the current quote: one of the article's actors or a new name.
    case changeSpeaker = "change-speaker"
    /// Marks the current quote as not a quote.
    case notQuote = "not-quote"
    /// Merges the selected actor of the Actors panel into another actor of the article.
    case mergeActor = "merge-actor"
    /// Splits the selected actor: undoes the merges into it (or of it).
    case splitActor = "split-actor"
    /// Who is quoted: the statistics of the article, or of the list (the library).
    case statistics
    /// Undoes the article's last correction kept in the library (`e`, `x`, `m`, `M`).
    case undoCorrection = "undo-correction"
    /// Goes to the line (or row) as many percent into the text (or list) as the count typed
    /// before it, as less's `N%` and `Np`; without a count, to the top.
    case percent = "go-to-percent"
    /// Selects the next unread article of the list (newsboat's `n`).
    case nextUnread = "next-unread"
    /// Selects the previous unread article of the list.
    case prevUnread = "prev-unread"
    /// Opens the next article of the list from the article view (newsboat's `J`).
    case nextArticle = "next-article"
    /// Opens the previous article of the list from the article view (newsboat's `K`).
    case prevArticle = "prev-article"

    /// The help's line for this action on screen `context`: ``summary``, but for `back` on the
    /// list, which leaves a search's or an actor's list before it quits, and for `clear-filter`
    /// and `cancel` on the list, which end a library query (docs/keys.md).
    public func summary(on context: Keymap.Context) -> String {
        guard context == .list else { return summary }
        switch self {
        case .back: return "back out of a search's or actor's list, else quit"
        case .clearFilter: return "clear the actor filter or search: the newest"
        case .cancel: return "clear the typed filter, else as F"
        default: return summary
        }
    }

    /// One line for the help screen and docs/keys.md.
    public var summary: String {
        switch self {
        case .quit: return "quit Parole"
        case .back: return "back (quits when there is no list)"
        case .help: return "this help"
        case .lineDown: return "line down (or panel row)"
        case .lineUp: return "line up (or panel row)"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half page down"
        case .halfPageUp: return "half page up"
        case .top: return "top"
        case .bottom: return "bottom"
        case .nextQuote: return "next quote (next match in a search)"
        case .prevQuote: return "previous quote (previous match)"
        case .focusNext: return "focus text → Quotes → Actors"
        case .focusPrev: return "focus back"
        case .open: return "open article / quote detail / filter by actor"
        case .quoteDetail: return "detail of the current quote"
        case .copyQuote: return "copy the quote as a citation"
        case .openURL: return "open the article's URL in a browser"
        case .filterActor: return "pick an actor to filter by"
        case .clearFilter: return "clear the actor filter"
        case .cancel: return "end the search, else clear the filter"
        case .search: return "search the text (list: filter)"
        case .redraw: return "redraw the screen"
        case .updateFeeds: return "update the subscribed feeds"
        case .toggleRead: return "mark read / unread"
        case .sort: return "sort by date → quotes → title"
        case .changeSpeaker: return "change the quote's speaker"
        case .notQuote: return "mark: not a quote"
        case .mergeActor: return "merge actor into another"
        case .splitActor: return "split actor (undo merge)"
        case .statistics: return "who is quoted (statistics)"
        case .undoCorrection: return "undo the article's last correction"
        case .percent: return "N% or Np: go N percent into the text or list"
        case .nextUnread: return "next unread article"
        case .prevUnread: return "previous unread article"
        case .nextArticle: return "next article of the list"
        case .prevArticle: return "previous article of the list"
        }
    }
}
