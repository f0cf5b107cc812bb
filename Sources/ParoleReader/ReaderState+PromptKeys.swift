import ParoleKit

extension ReaderState {
    /// Applies a key to the line being typed (search, list filter, actor picker): Enter and Esc
    /// end it, the rest goes to the shared `LineEditor`.
    mutating func handlePrompt(_ key: Key) -> [ReaderEffect] {
        guard let prompt else { return [] }
        switch prompt {
        case .search(var editor):
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                self.prompt = nil
                runSearch(editor.text.isEmpty ? lastSearch ?? "" : editor.text)
            default:
                if editor.handle(key) == .backspaceOnEmpty {
                    self.prompt = nil
                } else {
                    self.prompt = .search(editor)
                }
            }
        case .listFilter(var editor):
            switch key {
            case .escape:
                self.prompt = nil
                setListQuery("")
                selectArticleSelectedBeforeFilter()
            case .enter:
                self.prompt = nil
                if isLibrary, !editor.text.isEmpty {
                    // The whole library is searched: the list typed into stands unfiltered
                    // where it was, for when the search's list is left.
                    setListQuery("")
                    selectArticleSelectedBeforeFilter()
                    return [.searchLibrary(editor.text)]
                }
            default:
                switch editor.handle(key) {
                case .backspaceOnEmpty: self.prompt = nil
                case .edited:
                    self.prompt = .listFilter(editor)
                    setListQuery(editor.text)
                default: self.prompt = .listFilter(editor)
                }
            }
        case .actorPicker(var picker):
            let count = pickerCandidates.count
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                let candidates = pickerCandidates
                self.prompt = nil
                guard candidates.indices.contains(picker.selection) else { return [] }
                let filter = candidates[picker.selection]
                if picker.purpose != .filter { return correct(picker.purpose, choosing: filter.name) }
                if isLibrary, screen == .list { return [.loadActorArticles(filter.name)] }
                setFilter(filter)
            case .down, .tab, .control("n"):
                picker.selection = min(picker.selection + 1, max(0, count - 1))
                self.prompt = .actorPicker(picker)
            case .up, .backTab, .control("p"):
                picker.selection = max(0, picker.selection - 1)
                self.prompt = .actorPicker(picker)
            default:
                switch picker.editor.handle(key) {
                case .backspaceOnEmpty: self.prompt = nil
                case .edited:
                    picker.selection = 0
                    self.prompt = .actorPicker(picker)
                default: self.prompt = .actorPicker(picker)
                }
            }
        }
        return []
    }

    /// Searches the article for `query` and steps to the first match from the top of the page.
    mutating func runSearch(_ query: String) {
        guard !query.isEmpty, let article, textLayout != nil else {
            reading.search = nil
            return
        }
        lastSearch = query
        let matches = article.search(query)
        guard !matches.isEmpty else {
            reading.search = nil
            message = "Not found: \(query)"
            return
        }
        let top = topOffset
        let current = matches.firstIndex { $0.start >= top } ?? 0
        reading.search = SearchState(query: query, matches: matches, current: current)
        reveal(matches[current])
    }
}
