import ParoleKit

extension ReaderState {
    /// Shows the detail of `quote` in the article shown.
    mutating func openDetail(quote: Int) {
        guard let article, article.analysis.quotes.indices.contains(quote) else { return }
        detail = QuoteDetailState(quote: quote)
        screen = .detail
    }

    /// `v`: the detail of the current quote (or of the selected Quotes row).
    mutating func openDetailOfCurrentQuote() {
        if reading.focus == .quotes, visibleQuotes.indices.contains(reading.quoteRow) {
            openDetail(quote: visibleQuotes[reading.quoteRow])
        } else if let current = reading.currentQuote {
            openDetail(quote: current)
        } else {
            message = noQuoteMessage(for: "no current quote")
        }
    }

    /// Does `action` in the quote detail.
    mutating func performInDetail(_ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .back:
            detail = nil
            screen = .article
        case .lineDown: detail?.scroll += 1
        case .lineUp: if let scroll = detail?.scroll { detail?.scroll = max(0, scroll - 1) }
        case .nextQuote, .prevQuote:
            let search = reading.search
            reading.search = nil
            stepQuote(by: action == .nextQuote ? 1 : -1)
            reading.search = search
            if let current = reading.currentQuote { detail = QuoteDetailState(quote: current) }
        case .copyQuote: return copyCurrentQuote()
        case .openURL: return article.map { openURL(of: $0) } ?? []
        case .changeSpeaker: return beginSpeakerChange()
        case .notQuote: return markNotQuote()
        case .undoCorrection: return undoLastCorrection()
        case .nextArticle, .prevArticle:
            // As in the article view: the next (previous) article of the list opens, and the
            // detail of a quote of the article left closes; at either end the detail stays.
            let shown = articleIndex
            let effects = stepArticle(by: action == .nextArticle ? 1 : -1)
            if articleIndex != shown {
                detail = nil
                screen = .article
            }
            return effects
        default: break
        }
        return []
    }

    /// `y`: the citation of the quote shown in the detail, of the selected row of the focused
    /// Quotes panel, or of the current quote (the quote `v` and the correction keys act on).
    mutating func copyCurrentQuote() -> [ReaderEffect] {
        guard let article else { return [] }
        guard let quote = correctableQuote else {
            message = noQuoteMessage(for: "no current quote to copy")
            return []
        }
        return [.copy(QuoteCitation(quote: quote, of: article).citation)]
    }

    /// Why a quote key found no quote: the analysis is still running, the article has none,
    /// or `what` (none is current yet) and that `n` goes to one.
    func noQuoteMessage(for what: String) -> String {
        guard let article, article.isAnalysed else { return Self.stillAnalysing }
        if article.analysis.quotes.isEmpty { return "No quotes in this article" }
        return what.prefix(1).uppercased() + what.dropFirst() + ": n goes to one"
    }

    /// `o`: opens `article`'s address, or says why it cannot.
    mutating func openURL(of article: ArticleModel) -> [ReaderEffect] {
        guard let address = article.webAddress else {
            message = "No web address for this article (read from \(article.name))"
            return []
        }
        return [.openURL(address)]
    }

    /// Draws the quote detail: the whole quote, its kind, speaker, cue, relay and source.
    func renderDetail(into grid: inout Grid, theme: Theme) {
        guard let detail, let article, article.analysis.quotes.indices.contains(detail.quote) else { return }
        let info = QuoteCitation(quote: detail.quote, of: article)
        let slot = article.quoteSlots[detail.quote]
        grid.fill(x: 0, y: 0, width: size.width, height: 1, style: theme.heading(focused: true))
        grid.write(
            " Quote — \(QuoteCitation.kindLabel(info.kind)) · \(info.speaker)", x: 0, y: 0,
            style: theme.heading(focused: true), maxWidth: size.width, ellipsis: true)
        let width = max(10, min(size.width - 4, 100))
        var lines: [(String, CellStyle, String)] = []  // label, style, text
        let quoted = QuoteWords.printed(info.text, kind: info.kind)
        for line in WordWrap.lines(quoted, width: width) {
            lines.append(("", theme.quote(slot: slot, entity: nil), line))
        }
        lines.append(("", .plain, ""))
        var speaker = info.speaker
        if let kind = info.speakerKind { speaker += " (\(QuoteCitation.kindLabel(kind)))" }
        var facts: [(String, String)] = [("Speaker", speaker)]
        if let role = info.role { facts.append(("Role", role)) }
        facts.append(("Kind", QuoteCitation.kindLabel(info.kind)))
        if let cue = info.cue { facts.append(("Cue", cue)) }
        if let via = info.via { facts.append(("Via", via)) }
        facts.append(("Article", info.title))
        if let date = info.date { facts.append(("Date", date)) }
        if let site = info.site { facts.append(("Site", site)) }
        if let address = info.address { facts.append((info.webAddress == nil ? "File" : "URL", address)) }
        let labelWidth = 9
        for (label, value) in facts {
            let wrapped = WordWrap.lines(value, width: max(4, width - labelWidth))
            for (i, line) in wrapped.enumerated() {
                lines.append(
                    (i == 0 ? label : " ", label == "Speaker" ? theme.speaker(slot: slot) : .plain, line))
            }
        }
        lines.append(("", .plain, ""))
        lines.append(("", theme.faint, "Citation (y copies it):"))
        for line in WordWrap.lines(info.citation, width: width) { lines.append(("", theme.faint, line)) }
        let rows = max(1, size.height - 3)
        let scroll = min(detail.scroll, max(0, lines.count - rows))
        for (i, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            let y = 2 + i
            if line.0.isEmpty {
                grid.write(line.2, x: 2, y: y, style: line.1, maxWidth: size.width - 3)
            } else {
                if line.0 != " " { grid.write(line.0, x: 2, y: y, style: theme.faint) }
                grid.write(
                    line.2, x: 2 + labelWidth, y: y, style: line.1, maxWidth: size.width - labelWidth - 3)
            }
        }
    }
}

/// Wraps text at word boundaries to a width in columns; a word wider than the line (a long
/// web address) is broken across lines, never cut.
enum WordWrap {
    /// The lines of `text` wrapped to `width` columns.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ").flatMap({ pieces(of: $0, width: width) }) {
            let w = ColumnWidth.width(of: word)
            if used > 0 && used + 1 + w > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 {
                line += " "
                used += 1
            }
            line += word
            used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `word` itself, or cut into pieces of at most `width` columns when it is wider.
    static func pieces(of word: Substring, width: Int) -> [Substring] {
        guard ColumnWidth.width(of: word) > width else { return [word] }
        var pieces: [Substring] = []
        var start = word.startIndex
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = ColumnWidth.width(of: word[index...index])
            if used > 0 && used + w > width {
                pieces.append(word[start..<index])
                start = index
                used = 0
            }
            used += w
            index = word.index(after: index)
        }
        pieces.append(word[start...])
        return pieces
    }
}
