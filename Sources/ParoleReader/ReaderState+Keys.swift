import ParoleKit

extension ReaderState {
    /// The state after `key` (its effects dropped).
    public func handling(_ key: Key) -> ReaderState {
        var next = self
        next.handle(key)
        return next
    }

    /// Applies `key` through the shown screen's keymap (or the prompt's line editor) and
    /// returns the effects to run; their outcomes come back through `receive(_:)`.
    @discardableResult
    public mutating func handle(_ key: Key) -> [ReaderEffect] {
        if case .resize(let width, let height) = key {
            count = nil
            resize(to: TerminalSize(width: width, height: height))
            return []
        }
        message = nil
        // A page of older articles that `J` asked for opens its first article only if `J` was
        // the last key: any other moved on (`J` again asks anew).
        opensOlderArticleWhenListed = false
        // Likewise the move a key at the list's last row could not make before the next page.
        pendingListStep = 0
        if prompt != nil { return handlePrompt(key) }
        if layout.isTooSmall {
            if key == .character("q") { isFinished = true }
            return []
        }
        switch key {
        case .wheelUp, .wheelDown, .click:
            // Not a move typed after a count: it forgets the count.
            count = nil
            // The wheel reads the library's next page at the list's last row, as `j` does.
            if screen == .list, key == .wheelDown { return moveListSelectionReadingOn(by: 1) }
            handlePointer(key)
            return []
        case .paste:
            count = nil
            return []
        default:
            break
        }
        guard let action = keymaps[screen.keymapContext].action(for: key) else {
            if case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue,
                digit > 0 || count != nil
            {
                count = min(99_999, (count ?? 0) * 10 + digit)
                message = count.map(String.init)
                return []
            }
            count = nil
            if screen == .help {
                closeHelp()
            } else {
                message = whereKeyWorks(key) ?? "unknown key \(KeyName.label(key)) — ? for help"
            }
            return []
        }
        let times = count
        count = nil
        return perform(action, count: times)
    }

    /// Does `action` as a count typed before its key asks: a move `count` times over, `top`
    /// and `bottom` to line (or row) `count`, as less and vim do; other actions once. A count
    /// below 1 is no count: the action is done once.
    @discardableResult
    public mutating func perform(_ action: ReaderAction, count: Int?) -> [ReaderEffect] {
        guard let count, count > 0 else { return perform(action) }
        switch action {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextQuote, .prevQuote:
            var effects: [ReaderEffect] = []
            for _ in 0..<count { effects += perform(action) }
            return effects
        case .percent:
            goToPercent(count)
            return []
        case .top, .bottom:
            var effects = perform(.top)
            for _ in 1..<max(1, count) { effects += perform(.lineDown) }
            return effects
        default:
            return perform(action)
        }
    }

    /// Does `action` on the shown screen.
    @discardableResult
    public mutating func perform(_ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .quit:
            isFinished = true
            return []
        case .help:
            if screen == .help { closeHelp() } else { showHelp() }
            return []
        case .redraw:
            return [.redraw]
        case .percent where screen == .list || screen == .article:
            goToPercent(0)
            return []
        default:
            break
        }
        switch screen {
        case .list: return performInList(action)
        case .article: return performInArticle(action)
        case .detail: return performInDetail(action)
        case .statistics:
            performInStatistics(action)
            return []
        case .help:
            performInHelp(action)
            return []
        }
    }

    /// less's `N%`: the text's line (the focused panel's or the list's row) `percent` percent
    /// of the way down, at the top of the screen as far as the end allows.
    mutating func goToPercent(_ percent: Int) {
        let share = min(100, max(0, percent))
        func row(of count: Int) -> Int { min(max(0, count - 1), count * share / 100) }
        switch screen {
        case .list:
            list.selection = row(of: visibleArticles.count)
        case .article:
            switch reading.focus {
            case .text: reading.scroll = min(maxScroll, (textLayout?.lines.count ?? 0) * share / 100)
            case .quotes: reading.quoteRow = row(of: visibleQuotes.count)
            case .actors: reading.actorRow = row(of: panelActors.count)
            }
        default:
            break
        }
    }

    /// Mouse wheel and clicks, which no keymap binds.
    mutating func handlePointer(_ key: Key) {
        switch (screen, key) {
        case (.list, .wheelDown): moveListSelection(by: 1)
        case (.list, .wheelUp): moveListSelection(by: -1)
        case (.list, .click(_, let y)): clickList(y: y)
        case (.article, .wheelDown): scroll(by: 3)
        case (.article, .wheelUp): scroll(by: -3)
        case (.article, .click(let x, let y)): clickArticle(x: x, y: y)
        case (.help, .wheelDown): help.scroll += 3
        case (.help, .wheelUp): help.scroll = max(0, help.scroll - 3)
        // "any other key closes", as the status line says: a click too.
        case (.help, .click): closeHelp()
        case (.detail, .wheelDown): detail?.scroll += 3
        case (.detail, .wheelUp): if let scroll = detail?.scroll { detail?.scroll = max(0, scroll - 3) }
        default: break
        }
    }

    /// Shows the help screen, remembering the screen to return to.
    mutating func showHelp() {
        help = HelpScreenState(scroll: 0, returnTo: screen)
        screen = .help
    }

    /// Back from the help screen.
    mutating func closeHelp() {
        screen = help.returnTo
    }

    /// Moving keys on the help screen.
    mutating func performInHelp(_ action: ReaderAction) {
        let page = max(1, size.height - 4)
        switch action {
        case .lineDown: help.scroll += 1
        case .lineUp: help.scroll -= 1
        case .pageDown, .halfPageDown: help.scroll += page
        case .pageUp, .halfPageUp: help.scroll -= page
        case .top: help.scroll = 0
        case .bottom: help.scroll = Int.max / 2
        default: closeHelp()
        }
        help.scroll = min(max(0, help.scroll), maxHelpScroll)
    }

    /// Takes the new terminal size, keeping the text at the top of the page in view.
    mutating func resize(to newSize: TerminalSize) {
        var anchor = reading.resizeAnchor
        if !layout.isTooSmall, let textLayout, !textLayout.lines.isEmpty { anchor = topOffset }
        size = newSize
        help.scroll = min(help.scroll, maxHelpScroll)
        guard !layout.isTooSmall else {
            reading.resizeAnchor = anchor
            return
        }
        reading.resizeAnchor = nil
        if let anchor, let textLayout {
            reading.scroll = min(textLayout.line(containing: anchor), maxScroll)
        } else {
            reading.scroll = min(reading.scroll, maxScroll)
        }
    }

    /// What the status line says of `key` pressed on a screen where it does nothing but another
    /// screen binds it to what this screen cannot do (`S` or `R` in the article, `J` or `v` in
    /// the list): where it works and what it does there, and the key that goes there when there
    /// is one (`S works in the article list: sort by date → quotes → title — q goes back to
    /// it`); nil for a key no screen binds, or binds to a move or an action this screen has
    /// under other keys (an unbound `h` is unknown, not "back in the detail").
    func whereKeyWorks(_ key: Key) -> String? {
        let here = screen.keymapContext
        // The nearest screens first: the detail's keys are the article's before the list's.
        let screens: [Keymap.Context] =
            here == .detail ? [.article, .list, .statistics] : [.list, .article, .detail, .statistics]
        guard
            let (context, action) = screens.lazy.filter({ $0 != here }).compactMap({ context in
                self.keymaps[context].action(for: key).map { (context, $0) }
            }).first,
            !keymaps[here].knows(action)
        else { return nil }
        let place: String
        switch context {
        case .list: place = "the article list"
        case .article: place = "the article view"
        case .detail: place = "a quote's detail"
        case .help: place = "the help"
        case .statistics: place = "the statistics"
        }
        let text = "\(KeyName.label(key)) works in \(place): \(action.summary)"
        let back = firstKey(for: .back, in: here).map(KeyName.label)
        // The way there, written shorter when the line would not fit an 80-column status line
        // (`U works in the article view: undo the article's last correction — Enter opens one`
        // is 82 columns), left out when even that would not.
        var ways: [String] = []
        switch (here, context) {
        case (.article, .list):
            ways =
                hasList
                ? back.map { [" — \($0) goes back to it", " — \($0) back"] } ?? []
                : [" (this article was opened alone)", " (opened alone)"]
        case (.detail, .article):
            ways = back.map { [" — \($0) goes back to it", " — \($0) back"] } ?? []
        case (.list, .article), (.list, .detail):
            ways =
                firstKey(for: .open, in: .list).map(KeyName.label).map {
                    [" — \($0) opens an article", " — \($0) opens one"]
                } ?? []
        default: break
        }
        return ways.lazy.map { text + $0 }.first { ColumnWidth.width(of: $0) <= Self.statusLineColumns }
            ?? text
    }

    /// The columns of an 80-column terminal's status line a message fills on one line (the
    /// status line wraps a longer one onto the rows above it).
    static let statusLineColumns = 78

    /// The key a hint names for `action` on screen `context`: its first default key still bound
    /// to it (`q` for back, `Enter` to open), else any key bound to it.
    func firstKey(for action: ReaderAction, in context: Keymap.Context) -> Key? {
        let keymap = keymaps[context]
        let defaults = Keymap.defaults(for: context).first { $0.1 == action }?.0 ?? []
        return defaults.first { keymap.action(for: $0) == action } ?? keymap.keys(for: action).first
    }
}
