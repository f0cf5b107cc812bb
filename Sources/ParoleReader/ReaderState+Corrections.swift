import ParoleKit

extension ReaderState {
    /// The quote the quote keys act on (`y` and the correction keys): the one in the detail, the selected row of the
    /// focused Quotes panel, or the current quote.
    var correctableQuote: Int? {
        if screen == .detail { return detail?.quote }
        if reading.focus == .quotes, visibleQuotes.indices.contains(reading.quoteRow) {
            return visibleQuotes[reading.quoteRow]
        }
        return reading.currentQuote
    }

    /// Whether corrections can be kept: they live in the library. Says why not otherwise.
    mutating func canCorrect() -> Bool {
        guard let article, article.isAnalysed else {
            message = Self.stillAnalysing
            return false
        }
        guard isLibrary else {
            // The command to type, with the article's own file or address when it has one.
            let source = article.source == "-" || article.source.isEmpty ? "FILE" : article.source
            let word = source == "FILE" ? source : ShellWord.quoted(source)
            message = "Corrections are kept in the library: parole add \(word), then parole opens it there"
            return false
        }
        return true
    }

    /// `e`: opens the picker for the current quote's new speaker.
    mutating func beginSpeakerChange() -> [ReaderEffect] {
        guard canCorrect() else { return [] }
        guard let quote = correctableQuote else {
            message = "No current quote: n goes to one, then e changes its speaker"
            return []
        }
        prompt = .actorPicker(ActorPickerState(purpose: .speaker(quote: quote)))
        return []
    }

    /// `x`: marks the current quote as not a quote.
    mutating func markNotQuote() -> [ReaderEffect] {
        guard canCorrect(), let article else { return [] }
        guard let quote = correctableQuote else {
            message = "No current quote: n goes to one, then x marks it as not a quote"
            return []
        }
        return [.correct(source: article.source, .notQuote(quote: quote))]
    }

    /// `U`: removes the article's last correction from the library (again for the one before).
    mutating func undoLastCorrection() -> [ReaderEffect] {
        guard canCorrect(), let article else { return [] }
        return [.correct(source: article.source, .undoLast)]
    }

    /// The actor selected in the Actors panel, when it has the focus.
    var selectedPanelActor: Actor? {
        guard screen == .article, reading.focus == .actors, let article,
            panelActors.indices.contains(reading.actorRow)
        else { return nil }
        return article.analysis.actors[panelActors[reading.actorRow]]
    }

    /// `m` in the Actors panel: opens the picker for the actor to merge the selected one into.
    mutating func beginMerge() -> [ReaderEffect] {
        guard canCorrect() else { return [] }
        guard let actor = selectedPanelActor else {
            message = "m merges the actor selected in the Actors panel: Tab to it"
            return []
        }
        prompt = .actorPicker(ActorPickerState(purpose: .merge(actor: actor.name)))
        return []
    }

    /// `M` in the Actors panel: splits the selected actor (undoes its merges).
    mutating func splitSelectedActor() -> [ReaderEffect] {
        guard canCorrect(), let article else { return [] }
        guard let actor = selectedPanelActor else {
            message = "M splits the actor selected in the Actors panel: Tab to it"
            return []
        }
        return [.correct(source: article.source, .split(actor: actor.name))]
    }

    /// The effect of choosing `name` in the picker opened for `purpose`.
    mutating func correct(_ purpose: ActorPickerPurpose, choosing name: String) -> [ReaderEffect] {
        guard let article else { return [] }
        switch purpose {
        case .filter: return []
        case .speaker(let quote):
            return [.correct(source: article.source, .speaker(quote: quote, name: name))]
        case .merge(let actor): return [.correct(source: article.source, .merge(actor: actor, into: name))]
        }
    }

    /// Puts the corrected article in place of every copy of the article from `source`, keeping
    /// the reading position; the quote and panel rows stay within the new counts.
    mutating func takeCorrected(_ model: ArticleModel, from source: String) {
        for index in articles.indices where articles[index].source == source {
            replaceArticle(at: index, with: model)
        }
        if var home {
            for index in home.articles.indices where home.articles[index].source == source {
                home.articles[index] = model
            }
            self.home = home
        }
        guard article?.source == source else { return }
        let quotes = model.analysis.quotes.count
        if let current = reading.currentQuote, current >= quotes {
            reading.currentQuote = quotes > 0 ? quotes - 1 : nil
        }
        reading.quoteRow = min(reading.quoteRow, max(0, visibleQuotes.count - 1))
        reading.actorRow = min(reading.actorRow, max(0, panelActors.count - 1))
        if let shown = detail?.quote, shown >= quotes {
            detail = nil
            if screen == .detail { screen = .article }
        }
    }

    // MARK: Statistics

    /// `s`: who is quoted in the article shown (in the list: in every article, or the whole
    /// library).
    mutating func openStatistics() -> [ReaderEffect] {
        if screen == .list {
            if isLibrary { return [.loadStatistics(source: nil)] }
            showStatistics(
                title: "All \(Plural.count(articles.count, "article"))",
                QuoteStatistics(analyses: articles.map(\.analysis)))
            return []
        }
        guard let article else { return [] }
        if isLibrary { return [.loadStatistics(source: article.source)] }
        showStatistics(title: article.analysis.title, QuoteStatistics(analyses: [article.analysis]))
        return []
    }

    /// Shows the statistics screen.
    mutating func showStatistics(title: String, _ counts: QuoteStatistics) {
        let returnTo = screen == .statistics ? (statistics?.returnTo ?? .list) : screen
        statistics = StatisticsScreenState(title: title, statistics: counts, scroll: 0, returnTo: returnTo)
        screen = .statistics
    }

    /// The lines of the statistics screen, at the current width.
    var statisticsLines: [String] {
        guard let statistics else { return [] }
        return QuoteStatisticsText.render(statistics.statistics, width: max(20, size.width - 2))
    }

    /// Moving keys and back on the statistics screen.
    mutating func performInStatistics(_ action: ReaderAction) {
        let page = max(1, size.height - 3)
        let last = max(0, statisticsLines.count - page)
        guard var state = statistics else {
            screen = .list
            return
        }
        switch action {
        case .back:
            screen = state.returnTo
            statistics = nil
            return
        case .lineDown: state.scroll += 1
        case .lineUp: state.scroll -= 1
        case .pageDown, .halfPageDown: state.scroll += page
        case .pageUp, .halfPageUp: state.scroll -= page
        case .top: state.scroll = 0
        case .bottom: state.scroll = last
        default: break
        }
        state.scroll = min(max(0, state.scroll), last)
        statistics = state
    }

    /// Draws the statistics: a title bar, then the counts with their bars and sparkline.
    func renderStatistics(into grid: inout Grid, theme: Theme) {
        guard let statistics else { return }
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(
            " Who is quoted — " + statistics.title, x: 0, y: 0, style: theme.heading(focused: true),
            maxWidth: size.width, ellipsis: true)
        let lines = statisticsLines
        for row in 0..<max(0, size.height - 3) {
            let index = statistics.scroll + row
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let heading = !line.hasPrefix(" ") && !line.isEmpty
            grid.write(
                line, x: 1, y: row + 2, style: heading ? CellStyle(bold: true) : .plain,
                maxWidth: size.width - 2)
        }
    }
}
