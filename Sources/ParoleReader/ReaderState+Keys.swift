import ParoleKit

extension ReaderState {
    /// The state after `key`.
    public func handling(_ key: Key) -> ReaderState {
        var next = self
        next.handle(key)
        return next
    }

    /// Applies `key` (less / vim / newsboat conventions; see `KeyBindings`).
    public mutating func handle(_ key: Key) {
        message = nil
        if case .resize(let width, let height) = key {
            resize(to: TerminalSize(width: width, height: height))
            return
        }
        if prompt != nil {
            handlePrompt(key)
            return
        }
        switch screen {
        case .help:
            if key != .wheelUp && key != .wheelDown { screen = screenBeforeHelp }
        case .list:
            handleList(key)
        case .article:
            handleArticle(key)
        }
    }
}
