/// The keys of one screen, each mapped to a named action. The same map drives key dispatch and
/// the help screen, so the help always shows the bindings in force (defaults changed by a
/// config file's `bind-key` and `unbind-key`).
public struct Keymap: Hashable, Sendable {
    /// The screens that have their own keys, by the name a config file gives them.
    public enum Context: String, CaseIterable, Hashable, Sendable {
        /// The article list.
        case list
        /// The article view.
        case article
        /// The quote detail pane.
        case detail
        /// The help screen.
        case help
        /// The statistics screen.
        case statistics

        /// The title of this screen's section in the help.
        public var title: String {
            switch self {
            case .list: return "Article list"
            case .article: return "Article"
            case .detail: return "Quote detail"
            case .help: return "Help"
            case .statistics: return "Statistics"
            }
        }
    }

    /// The screen.
    public let context: Context
    /// The actions this screen can do, in help order (those without a key are not shown).
    public private(set) var actions: [ReaderAction]
    private var byKey: [Key: ReaderAction]

    /// The default keys of `context`.
    public init(defaultsFor context: Context) {
        self.context = context
        let defaults = Self.defaults(for: context)
        var seen: [ReaderAction] = []
        var byKey: [Key: ReaderAction] = [:]
        for (keys, action) in defaults {
            if !seen.contains(action) { seen.append(action) }
            for key in keys { byKey[key] = action }
        }
        for extra in [ReaderAction.quit, .help, .redraw] where !seen.contains(extra) {
            if context != .help || extra != .help { seen.append(extra) }
        }
        actions = seen
        self.byKey = byKey
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> ReaderAction? { byKey[key] }

    /// The keys bound to `action`, in a stable order (the help's).
    public func keys(for action: ReaderAction) -> [Key] {
        byKey.filter { $0.value == action }.map(\.key).sorted { KeyName.sortKey($0) < KeyName.sortKey($1) }
    }

    /// Whether `action` applies on this screen.
    public func knows(_ action: ReaderAction) -> Bool { actions.contains(action) }

    /// Binds `key` to `action` (which must apply on this screen), replacing what it did.
    public mutating func bind(_ key: Key, to action: ReaderAction) {
        guard knows(action) else { return }
        byKey[key] = action
    }

    /// Removes `key`'s binding.
    public mutating func unbind(_ key: Key) { byKey[key] = nil }

    /// Removes every binding.
    public mutating func unbindAll() { byKey.removeAll() }

    /// The default keys of each screen, in help order.
    static func defaults(for context: Context) -> [([Key], ReaderAction)] {
        let moving: [([Key], ReaderAction)] = [
            ([.character("j"), .down, .control("n"), .control("e")], .lineDown),
            ([.character("k"), .up, .control("p"), .control("y")], .lineUp),
            ([.character(" "), .pageDown, .control("f")], .pageDown),
            ([.character("b"), .pageUp, .control("b")], .pageUp),
            ([.control("d")], .halfPageDown),
            ([.control("u")], .halfPageUp),
            ([.character("g"), .home], .top),
            ([.character("G"), .end], .bottom),
        ]
        // The help and the statistics scroll a page of text.
        let scrolling: [([Key], ReaderAction)] = [
            ([.character("j"), .down], .lineDown),
            ([.character("k"), .up], .lineUp),
            ([.character(" "), .pageDown], .pageDown),
            ([.character("b"), .pageUp], .pageUp),
            ([.character("g"), .home], .top),
            ([.character("G"), .end], .bottom),
        ]
        let common: [([Key], ReaderAction)] = [([.character("?")], .help), ([.control("l")], .redraw)]
        switch context {
        case .list:
            return moving.filter { $0.1 != .halfPageDown && $0.1 != .halfPageUp } + [
                ([.enter, .character("l"), .right], .open),
                ([.character("/")], .search),
                ([.character("f")], .filterActor),
                ([.character("F")], .clearFilter),
                ([.escape], .cancel),
                ([.character("o")], .openURL),
                ([.character("%")], .percent),
                ([.character("n")], .nextUnread),
                ([.character("N")], .prevUnread),
                ([.character("S")], .sort),
                ([.character("u")], .toggleRead),
                ([.character("R")], .updateFeeds),
                ([.character("s")], .statistics),
                // As in newsboat: back out of a search's or an actor's list first, then quit.
                ([.character("q")], .back),
            ] + common
        case .article:
            // less's d and u move half a page too (u marks read in the list).
            let halfPages = moving.map { keys, action -> ([Key], ReaderAction) in
                switch action {
                case .halfPageDown: return (keys + [.character("d")], action)
                case .halfPageUp: return (keys + [.character("u")], action)
                default: return (keys, action)
                }
            }
            return halfPages + [
                ([.character("n")], .nextQuote),
                ([.character("N")], .prevQuote),
                ([.tab], .focusNext),
                ([.backTab], .focusPrev),
                ([.enter, .character("l"), .right], .open),
                ([.character("v")], .quoteDetail),
                ([.character("y")], .copyQuote),
                ([.character("o")], .openURL),
                ([.character("f")], .filterActor),
                ([.character("F")], .clearFilter),
                ([.escape], .cancel),
                ([.character("/")], .search),
                ([.character("e")], .changeSpeaker),
                ([.character("x")], .notQuote),
                ([.character("m")], .mergeActor),
                ([.character("M")], .splitActor),
                ([.character("U")], .undoCorrection),
                ([.character("%"), .character("p")], .percent),
                ([.character("s")], .statistics),
                ([.character("J")], .nextArticle),
                ([.character("K")], .prevArticle),
                ([.character("q"), .character("h"), .left], .back),
            ] + common
        case .detail:
            return [
                ([.character("j"), .down], .lineDown),
                ([.character("k"), .up], .lineUp),
                ([.character("n")], .nextQuote),
                ([.character("N")], .prevQuote),
                ([.character("y")], .copyQuote),
                ([.character("o")], .openURL),
                ([.character("e")], .changeSpeaker),
                ([.character("x")], .notQuote),
                ([.character("U")], .undoCorrection),
                ([.character("J")], .nextArticle),
                ([.character("K")], .prevArticle),
                // `v` closes the detail it opened, as `s` closes the statistics.
                ([.character("q"), .character("h"), .left, .escape, .enter, .character("v")], .back),
            ] + common
        case .help:
            // ^L redraws here as everywhere; every key bound to nothing closes the help.
            return scrolling + [
                ([.character("q"), .character("?"), .escape], .back), ([.control("l")], .redraw),
            ]
        case .statistics:
            return scrolling + [([.character("q"), .character("s"), .character("h"), .left, .escape], .back)]
                + common
        }
    }
}

/// The keymaps of every screen.
public struct Keymaps: Hashable, Sendable {
    private var maps: [Keymap.Context: Keymap]

    /// The default keys.
    public init() {
        maps = Dictionary(uniqueKeysWithValues: Keymap.Context.allCases.map { ($0, Keymap(defaultsFor: $0)) })
    }

    /// The keymap of `context`.
    public subscript(context: Keymap.Context) -> Keymap {
        get { maps[context]! }
        set { maps[context] = newValue }
    }
}
