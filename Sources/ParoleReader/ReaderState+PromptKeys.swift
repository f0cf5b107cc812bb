import ParoleKit

extension ReaderState {
    /// Applies a key to the line being typed (search, list filter, actor picker).
    mutating func handlePrompt(_ key: Key) {
        guard let prompt else { return }
        switch prompt {
        case .search(let text):
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                self.prompt = nil
                runSearch(text)
            case .backspace:
                if text.isEmpty { self.prompt = nil } else { self.prompt = .search(String(text.dropLast())) }
            case .control("u"): self.prompt = .search("")
            case .character(let c): self.prompt = .search(text + String(c))
            default: break
            }
        case .listFilter(let text):
            var text = text
            switch key {
            case .escape:
                listQuery = ""
                self.prompt = nil
                return
            case .enter:
                self.prompt = nil
                if let library, !text.isEmpty { searchLibrary(text, in: library) }
                return
            case .backspace: text = String(text.dropLast())
            case .control("u"): text = ""
            case .character(let c): text += String(c)
            default: return
            }
            self.prompt = .listFilter(text)
            listQuery = text
            listSelection = 0
        case .actorPicker(let query, let selection):
            let count = pickerCandidates.count
            switch key {
            case .escape: self.prompt = nil
            case .enter:
                let candidates = pickerCandidates
                self.prompt = nil
                if candidates.indices.contains(selection) {
                    let filter = candidates[selection]
                    if let library, screen == .list { replaceArticles(with: library.articles(filter.name)) }
                    setFilter(filter)
                }
            case .down, .tab, .control("n"):
                self.prompt = .actorPicker(query: query, selection: min(selection + 1, max(0, count - 1)))
            case .up, .backTab, .control("p"):
                self.prompt = .actorPicker(query: query, selection: max(0, selection - 1))
            case .backspace: self.prompt = .actorPicker(query: String(query.dropLast()), selection: 0)
            case .control("u"): self.prompt = .actorPicker(query: "", selection: 0)
            case .character(let c): self.prompt = .actorPicker(query: query + String(c), selection: 0)
            default: break
            }
        }
    }

    /// Lists the library's articles holding `query` in place of the loaded ones.
    mutating func searchLibrary(_ query: String, in library: LibrarySource) {
        let found = library.search(query)
        guard !found.isEmpty else {
            message = "No article in the library holds \(query)"
            return
        }
        replaceArticles(with: found)
        actorFilter = nil
        message = "\(found.count) articles hold \(query)"
    }

    /// Searches the article for `query` and steps to the first match from the top of the page.
    mutating func runSearch(_ query: String) {
        guard !query.isEmpty, let article, let textLayout else {
            search = nil
            return
        }
        let matches = article.search(query)
        guard !matches.isEmpty else {
            search = nil
            message = "Not found: \(query)"
            return
        }
        let top =
            textLayout.lines.isEmpty
            ? 0 : Int(textLayout.lines[min(scroll, textLayout.lines.count - 1)].start)
        let current = matches.firstIndex { $0.start >= top } ?? 0
        search = SearchState(query: query, matches: matches, current: current)
        reveal(matches[current])
    }
    /// Takes the new terminal size, keeping the text at the top of the page in view.
    mutating func resize(to newSize: TerminalSize) {
        var anchor = resizeAnchor
        if !layout.isTooSmall, let textLayout, !textLayout.lines.isEmpty {
            anchor = Int(textLayout.lines[min(scroll, textLayout.lines.count - 1)].start)
        }
        size = newSize
        guard !layout.isTooSmall else {
            resizeAnchor = anchor
            return
        }
        resizeAnchor = nil
        if let anchor, let textLayout {
            scroll = min(textLayout.line(containing: anchor), maxScroll)
        } else {
            scroll = min(scroll, maxScroll)
        }
    }
}
