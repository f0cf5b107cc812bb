import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Article view rendered to a grid")
struct ArticleViewTests {
    func reader(_ width: Int, _ height: Int, color: Bool = true) -> ReaderState {
        ReaderState(
            articles: [LachinFixture.model()], size: TerminalSize(width: width, height: height),
            usesColor: color)
    }

    @Test("at 120×40 the panels sit right of the text, the status line at the bottom")
    func wideLayout() {
        let grid = reader(120, 40).render()
        let quotes = grid.find("Quotes (7)")
        #expect(quotes?.y == 0)
        #expect((quotes?.x ?? 0) > 78)
        let actors = grid.find("Actors (4)")
        #expect((actors?.x ?? 0) > 78 && (actors?.y ?? 0) > 10)
        #expect(grid.find("Dmitri Peskov", from: actors?.y ?? 0) != nil)
        #expect(grid.row(39).contains("lachin-clashes.txt"))
        #expect(grid.row(39).contains("? help"))
        #expect(grid.row(0).hasPrefix(" Mercredi, le ministère azerbaïdjanais"))
    }

    @Test("the Actors panel says what an actor is when it is not a named person or body")
    func actorKindColumn() throws {
        var analysis = LachinFixture.analysis
        let index = try #require(analysis.actors.firstIndex { $0.name == "Dmitri Peskov" })
        analysis.actors[index].kind = .anonymousSource
        let state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "dev/lachin-clashes.txt")],
            size: TerminalSize(width: 120, height: 40))
        let grid = state.render()
        let row = try #require(grid.find("Dmitri Peskov", from: grid.find("Actors (4)")?.y ?? 0))
        #expect(grid.row(row.y).contains("anon"))
        #expect(!grid.row(row.y).contains("PER"))
        let ministry = try #require(grid.find("ministère arménien", from: grid.find("Actors (4)")?.y ?? 0))
        #expect(grid.row(ministry.y).contains("ORG"))
    }

    @Test(
        "a narrow Actors panel drops its count columns before cutting names to a few letters",
        arguments: [
            (40, 20, false, false), (50, 20, false, true), (60, 20, true, true), (80, 24, true, true),
        ])
    func narrowActorsPanel(width: Int, height: Int, showsType: Bool, showsQuotes: Bool) throws {
        let state = reader(width, height)
        let grid = state.render()
        let panel = state.layout.actors
        let rows = (panel.y + 1..<panel.y + panel.height).map { y in
            (panel.x..<panel.x + panel.width).map { grid[$0, y].text }.joined()
        }
        let line = try #require(rows.first { $0.contains("Dmitri Pesk") }, "\(width) columns: \(rows)")
        #expect(line.contains("PER") == showsType, "\(line)")
        #expect(line.contains(" 3 ") == showsQuotes, "\(line)")
    }

    @Test("at 80×24 the panels sit below the text")
    func narrowLayout() {
        let state = reader(80, 24)
        let grid = state.render()
        let quotes = grid.find("Quotes (7)")
        #expect(quotes?.x == 1)
        #expect(quotes?.y == state.layout.text.height)
        #expect((grid.find("Actors (4)")?.x ?? 0) > 40)
        #expect(state.layout.text.height >= 10)
    }

    @Test(
        "text is wrapped to the width without cutting words, paragraphs kept",
        arguments: [(80, 24), (120, 40), (41, 12)])
    func wrapping(size: (Int, Int)) {
        let state = reader(size.0, size.1)
        let article = state.article!
        let layout = state.textLayout!
        var paragraphs: [[String]] = Array(repeating: [], count: article.analysis.paragraphs.count)
        let scalars = Array(article.analysis.text.unicodeScalars)
        for line in layout.lines where line.paragraph >= 0 {
            let text = String(String.UnicodeScalarView(scalars[Int(line.start)..<Int(line.end)]))
            #expect(ColumnWidth.width(of: text.trimmingTrailingSpaces) <= layout.width)
            paragraphs[Int(line.paragraph)].append(text.trimmingTrailingSpaces)
        }
        for (index, span) in article.analysis.paragraphs.enumerated() {
            let original = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            let words = original.split(separator: " ").map(String.init)
            let rewrapped = paragraphs[index].joined(separator: " ").split(separator: " ").map(String.init)
            #expect(rewrapped == words)
        }
    }

    @Test("entities are coloured by type")
    func entityColours() {
        let state = reader(120, 40)
        let grid = state.render()
        let theme = Theme(state.appearance)
        let kremlin = grid.find("Kremlin")!
        #expect(grid[kremlin.x, kremlin.y].style.foreground == theme.entityColor(.organization))
        #expect(grid[kremlin.x, kremlin.y].style.bold)
        let peskov = grid.find("Dmitri Peskov, a déclaré")!
        #expect(grid[peskov.x + 3, peskov.y].style.foreground == theme.entityColor(.person))
        let plain = grid.find("journalistes")!
        #expect(grid[plain.x, plain.y].style == .plain)
    }

    @Test("quotes are drawn in their speaker's colour")
    func quoteColours() {
        let state = reader(120, 40)
        let grid = state.render()
        let cell = grid.find("comportement agressif")!
        let color = state.speakerColor(quote: 1)
        #expect(color != nil)
        #expect(grid[cell.x + 2, cell.y].style.foreground == color)
        #expect(state.speakerColor(quote: 0) == color)
        #expect(state.speakerColor(quote: 2) != color)
    }

    @Test("n emphasises the first quote, moves the Quotes panel marker and the status line")
    func nextQuote() {
        var state = reader(120, 40)
        state.handle(.character("n"))
        #expect(state.currentQuote == 0)
        let grid = state.render()
        let quote = grid.find("affrontements avaient fait")!
        #expect(quote.x < 79)
        let style = grid[quote.x + 1, quote.y].style
        #expect(style.background == state.speakerColor(quote: 0))
        let marker = grid.find("▶")!
        #expect(marker.x > 78)
        #expect(grid.row(marker.y).contains("ministère"))
        #expect(grid.row(39).contains("quote 1/7"))
        // Other quotes are not emphasised.
        let other = grid.find("comportement agressif")!
        #expect(grid[other.x, other.y].style.background == nil)
    }

    @Test("n and N step through every quote, wrapping around, scrolling it into view")
    func stepping() {
        var state = reader(80, 24)
        for expected in 0..<7 {
            state.handle(.character("n"))
            #expect(state.currentQuote == expected)
            let span = state.article!.analysis.quotes[expected].span
            let line = state.textLayout!.line(containing: span.start)
            #expect(line >= state.scroll && line < state.scroll + state.layout.text.height)
        }
        state.handle(.character("n"))
        #expect(state.currentQuote == 0)
        #expect(state.message != nil)
        state.handle(.character("N"))
        #expect(state.currentQuote == 6)
        #expect(state.scroll > 0)
    }

    @Test("f finds an actor typed with initials or the surname first, as parole quotes --actor does")
    func actorPickerTakesInitialsAndTheSurnameFirst() {
        for typed in ["D. Peskov", "peskov dmitri", "Peskov, D.", "pesk"] {
            var state = reader(120, 40)
            state.handle(.character("f"))
            for c in typed { state.handle(.character(c)) }
            #expect(state.pickerCandidates.first?.name == "Dmitri Peskov", "\(typed)")
        }
        var state = reader(120, 40)
        state.handle(.character("f"))
        for c in "P. Peskov" { state.handle(.character(c)) }
        #expect(!state.pickerCandidates.contains { $0.name == "Dmitri Peskov" })
    }

    @Test("f picks an actor by typing; the text dims the rest, the panel and n keep only theirs")
    func actorFilter() {
        var state = reader(120, 40)
        state.handle(.character("f"))
        for c in "pesk" { state.handle(.character(c)) }
        #expect(state.pickerCandidates.first?.name == "Dmitri Peskov")
        let picker = state.render()
        #expect(picker.find("Filter by actor") != nil)
        state.handle(.enter)
        #expect(state.actorFilter?.name == "Dmitri Peskov")
        #expect(state.visibleQuotes == [2, 3, 4])
        let grid = state.render()
        #expect(grid.find("Quotes 3/7 · Dmitri Peskov") != nil)
        #expect(grid.row(39).contains("filter: Dmitri Peskov"))
        let other = grid.find("comportement agressif")!
        #expect(grid[other.x, other.y].style.dim)
        let own = grid.find("Nous surveillons de près")!
        #expect(grid[own.x, own.y].style.foreground == state.speakerColor(quote: 3))
        let mention = grid.find("Dmitri Peskov, a déclaré")!
        #expect(grid[mention.x, mention.y].style.underline)
        state.handle(.character("n"))
        #expect(state.currentQuote == 2)
        state.handle(.character("n"))
        state.handle(.character("n"))
        state.handle(.character("n"))
        #expect(state.currentQuote == 2)
        state.handle(.character("F"))
        #expect(state.actorFilter == nil)
        #expect(state.visibleQuotes.count == 7)
    }

    @Test("/ searches the text ignoring case and accents; n and N step through matches until Esc")
    func search() {
        var state = reader(120, 40)
        state.handle(.character("/"))
        for c in "reuters" { state.handle(.character(c)) }
        #expect(state.render().row(39).hasPrefix("/reuters"))
        state.handle(.enter)
        #expect(state.search?.matches.count == 3)
        #expect(state.search?.current == 0)
        var grid = state.render()
        let first = grid.find("Reuters")!
        #expect(grid[first.x, first.y].style == Theme(state.appearance).match(current: true))
        #expect(grid.row(39).contains("/reuters 1/3"))
        state.handle(.character("n"))
        #expect(state.search?.current == 1)
        state.handle(.character("N"))
        state.handle(.character("N"))
        #expect(state.search?.current == 2)
        state.handle(.escape)
        #expect(state.search == nil)
        state.handle(.character("/"))
        for c in "armenie" { state.handle(.character(c)) }
        state.handle(.enter)
        #expect((state.search?.matches.count ?? 0) >= 2)
        state.handle(.character("/"))
        for c in "zzzz" { state.handle(.character(c)) }
        state.handle(.enter)
        #expect(state.search == nil)
        grid = state.render()
        #expect(grid.row(39).contains("Not found: zzzz"))
    }

    @Test(
        "Tab cycles the focus; j moves the panel row; Enter opens the quote's detail or filters by the actor")
    func focus() {
        var state = reader(120, 40)
        state.handle(.tab)
        #expect(state.focus == .quotes)
        var grid = state.render()
        let heading = grid.find("Quotes (7)")!
        #expect(grid[heading.x, heading.y].style.reverse)
        state.handle(.character("j"))
        state.handle(.character("j"))
        state.handle(.character("j"))
        #expect(state.scroll == 0)
        state.handle(.enter)
        #expect(state.currentQuote == 3)
        #expect(state.screen == .detail)
        state.handle(.character("q"))
        #expect(state.screen == .article)
        state.handle(.tab)
        #expect(state.focus == .actors)
        grid = state.render()
        let selected = grid.find("Dmitri Peskov", from: grid.find("Actors (4)")!.y)!
        #expect(grid[selected.x, selected.y].style.reverse)
        state.handle(.enter)
        #expect(state.actorFilter?.name == "Dmitri Peskov")
        state.handle(.tab)
        #expect(state.focus == .text)
        state.handle(.escape)
        #expect(state.actorFilter == nil)
    }

    @Test("resizing keeps the reading position and moves the panels")
    func resize() {
        var state = reader(120, 40)
        state.handle(.character("G"))
        let top = state.textLayout!.lines[state.scroll].start
        state.handle(.resize(width: 80, height: 24))
        #expect(!state.layout.panelsBeside)
        let line = state.textLayout!.lines[state.scroll]
        #expect(line.start <= top && top < max(line.end, line.start + 1) || state.scroll == state.maxScroll)
        #expect(state.render().find("Quotes (7)")?.x == 1)
    }

    @Test("a terminal below the minimum size shows a short message, and the view comes back")
    func tinySize() {
        var state = reader(120, 40)
        state.handle(.character("n"))
        state.handle(.resize(width: 30, height: 8))
        let grid = state.render()
        #expect(grid.find("Terminal too small") != nil)
        #expect(grid.find("Quotes") == nil)
        state.handle(.resize(width: 120, height: 40))
        #expect(state.render().find("Quotes (7)") != nil)
        #expect(state.currentQuote == 0)
    }

    @Test("in a tiny terminal the message is wrapped at words, the sizes kept whole when rows run short")
    func tinyMessageIsWrapped() {
        var state = reader(120, 40)
        state.handle(.resize(width: 10, height: 5))
        var grid = state.render()
        let rows = (0..<5).map { grid.row($0).trimmingCharacters(in: .whitespaces) }
        #expect(rows == ["Terminal", "too small", "10×5, need", "40×10", "q quits"])
        state.handle(.resize(width: 10, height: 2))
        grid = state.render()
        #expect((0..<2).map { grid.row($0).trimmingCharacters(in: .whitespaces) } == ["10×2, need", "40×10"])
    }

    @Test("without colour, highlights use bold, underline and reverse")
    func monochrome() {
        var state = reader(120, 40, color: false)
        state.handle(.character("n"))
        let grid = state.render()
        for cell in grid.cells {
            #expect(cell.style.foreground == nil && cell.style.background == nil)
        }
        let current = grid.find("affrontements avaient")!
        #expect(grid[current.x, current.y].style.reverse)
        let kremlin = grid.find("Kremlin")!
        #expect(grid[kremlin.x, kremlin.y].style.bold)
    }

    @Test("paging, g and G move the text; q quits a single article")
    func paging() {
        var state = reader(80, 24)
        state.handle(.character(" "))
        #expect(state.scroll == state.layout.text.height - 1)
        state.handle(.character("b"))
        #expect(state.scroll == 0)
        state.handle(.end)
        #expect(state.scroll == state.maxScroll)
        state.handle(.character("g"))
        #expect(state.scroll == 0)
        state.handle(.wheelDown)
        #expect(state.scroll == 3)
        state.handle(.character("?"))
        #expect(state.render().find("next quote") != nil)
        state.handle(.character("x"))
        #expect(state.screen == .article)
        state.handle(.character("q"))
        #expect(state.isFinished)
    }

    @Test("a click on a Quotes panel row selects that quote")
    func click() {
        var state = reader(120, 40)
        let panel = state.layout.quotes
        state.handle(.click(x: panel.x + 3, y: panel.y + 3))
        #expect(state.focus == .quotes)
        #expect(state.currentQuote == 2)
    }
}

extension ReaderState {
    /// The colour the theme gives quote `quote`'s speaker.
    func speakerColor(quote: Int) -> TerminalColor? {
        Theme(appearance).speakerColor(article!.quoteSlots[quote])
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

@Suite("Text first, marks when the analysis arrives")
struct ProvisionalArticleTests {
    @Test("a provisional article shows its text and 'analysing…'; the analysis replaces it in place")
    func replacement() {
        var provisional = LachinFixture.analysis
        provisional.entities = []
        provisional.quotes = []
        provisional.actors = []
        let model = ArticleModel(analysis: provisional, source: "lachin-clashes.txt", isAnalysed: false)
        var state = ReaderState(articles: [model], size: TerminalSize(width: 120, height: 40))
        #expect(state.render().row(39).contains("analysing…"))
        state.handle(.character("n"))
        #expect(state.message == "Still analysing…")
        state.handle(.character("j"))
        state.handle(.character("j"))
        let top = state.textLayout!.lines[state.scroll].start
        state.replaceArticle(at: 0, with: LachinFixture.model())
        #expect(state.textLayout!.lines[state.scroll].start == top)
        let grid = state.render()
        #expect(grid.row(39).contains("7 quotes"))
        #expect(grid.find("Quotes (7)") != nil)
    }
}
