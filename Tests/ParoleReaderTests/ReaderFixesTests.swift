import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Reader paths that used to break")
struct ReaderFixesTests {
    func library(_ count: Int = 2) -> ReaderState {
        let other = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Autre titre\nRien à signaler ici.\n", id: "autre"),
            source: "dir/autre.txt")
        return ReaderState(
            articles: Array([LachinFixture.model(), other].prefix(count)),
            size: TerminalSize(width: 100, height: 30),
            isLibrary: true)
    }

    @Test("in a library, q on an article left alone by a search goes back to the list instead of quitting")
    func oneResultQGoesBack() {
        var state = library()
        state.handle(.character("/"))
        for c in "Peskov" { state.handle(.character(c)) }
        #expect(state.handle(.enter) == [.searchLibrary("Peskov")])
        state.receive(.searchResults(query: "Peskov", articles: [LachinFixture.model()]))
        #expect(state.articles.count == 1)
        state.handle(.enter)
        #expect(state.screen == .article)
        #expect(state.render().row(29).contains("q back"))
        state.handle(.character("q"))
        #expect(state.screen == .list)
        #expect(!state.isFinished)
        // A library holding one article: still a list to go back to.
        var single = library(1)
        #expect(single.screen == .article)
        single.handle(.character("q"))
        #expect(!single.isFinished)
        #expect(single.screen == .list)
    }

    @Test("--actor opens the articles with the actor filter applied, at the actor's first quote")
    func actorOption() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        state.filter(byActorNamed: "peskov")
        #expect(state.actorFilter?.name == "Dmitri Peskov")
        #expect(state.visibleQuotes == [2, 3, 4])
        #expect(state.currentQuote == 2)
        #expect(state.render().find("Quotes 3/7 · Dmitri Peskov") != nil)
    }

    @Test("at 60×20 the status line keeps position and counts whole, and the help scrolls to its end")
    func smallTerminal() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 60, height: 20))
        var status = state.render().row(19)
        #expect(status.contains("7 quotes"), "\(status)")
        state.handle(.character("f"))
        for c in "pesk" { state.handle(.character(c)) }
        state.handle(.enter)
        state.handle(.character("n"))
        status = state.render().row(19)
        #expect(status.contains("quote 1/3 · filter: Dmitri Peskov"), "\(status)")
        state.handle(.character("?"))
        #expect(state.render().find("Colours") == nil)
        state.handle(.character("G"))
        let end = state.render()
        #expect(end.find("outside the actor filter") != nil)
        state.handle(.character("g"))
        #expect(state.render().find("Article") != nil)
        state.handle(.character("z"))
        #expect(state.screen == .article)
    }

    @Test("at 80 columns the help takes one column and cuts no description")
    func helpAt80Columns() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        state.handle(.character("?"))
        var rows: [String] = []
        for _ in 0..<8 {
            let grid = state.render()
            rows += (1..<23).map { grid.row($0) }
            state.handle(.character(" "))
        }
        #expect(rows.contains { $0.contains("change the quote's speaker") })
        #expect(!rows.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("…") })
    }

    @Test("the actor picker ends long names with …")
    func pickerEllipsis() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 50, height: 20))
        state.handle(.character("f"))
        for c in "ministère" { state.handle(.character(c)) }
        let grid = state.render()
        let prompt = grid.find("› ministère")!
        let row = grid.find("ministère arménien", from: prompt.y + 1)!
        #expect(grid.row(row.y).contains("…"))
    }

    @Test("while an article is analysed the Quotes panel says analysing…, not that it has none")
    func analysingPanel() {
        var provisional = LachinFixture.analysis
        provisional.quotes = []
        provisional.actors = []
        let model = ArticleModel(analysis: provisional, source: "lachin-clashes.txt", isAnalysed: false)
        let grid = ReaderState(articles: [model], size: TerminalSize(width: 120, height: 40)).render()
        #expect(grid.find("analysing…", from: 1) != nil)
        #expect(grid.find("(no quotes found)") == nil)
    }

    @Test("counts of one are singular: 1 quote, 1 article")
    func plurals() {
        var one = LachinFixture.analysis
        one.quotes = [one.quotes[3]]
        let model = ArticleModel(analysis: one, source: "one.txt")
        var state = ReaderState(
            articles: [model], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.handle(.character("q"))
        #expect(state.render().row(0).contains("1 of 1 article"))
        #expect(!state.render().row(0).contains("articles"))
        state.handle(.enter)
        #expect(state.render().row(29).contains("· 1 quote "), "\(state.render().row(29))")
        state.handle(.character("q"))
        state.handle(.character("/"))
        for c in "Peskov" { state.handle(.character(c)) }
        state.handle(.enter)
        state.receive(.searchResults(query: "Peskov", articles: [model]))
        #expect(state.message == "1 article holds Peskov")
    }

    @Test("Esc on a list filter keeps the cursor on the article that was open")
    func escapeKeepsSelection() {
        var state = library()
        state.handle(.character("j"))
        state.handle(.enter)
        state.handle(.character("q"))
        state.handle(.character("/"))
        for c in "autre" { state.handle(.character(c)) }
        state.handle(.escape)
        #expect(state.list.selection == 1)
        #expect(state.visibleArticles == [0, 1])
    }

    @Test("an unbound key says so and points to the help")
    func unknownKey() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        state.handle(.character("Z"))
        #expect(state.message == "unknown key Z — ? for help")
        #expect(state.render().row(39).contains("unknown key Z — ? for help"))
        state.handle(.character("j"))
        #expect(state.message == nil)
    }

    @Test("a count before a key repeats a move, Ng goes to line N, and another key forgets it")
    func countPrefix() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        state.handle(.character("5"))
        #expect(state.message == "5")
        #expect(state.render().row(23).contains("5"))
        state.handle(.character("j"))
        #expect(state.scroll == 5)
        #expect(state.count == nil)
        for key in "12g" { state.handle(.character(key)) }
        #expect(state.scroll == 11)
        for key in "1G" { state.handle(.character(key)) }
        #expect(state.scroll == 0)
        for key in "3n" { state.handle(.character(key)) }
        #expect(state.currentQuote == 2)
        state.handle(.character("4"))
        state.handle(.escape)
        state.handle(.character("n"))
        #expect(state.currentQuote == 3)
        state.handle(.character("0"))
        #expect(state.message == "unknown key 0 — ? for help")
        state.handle(.character("2"))
        state.handle(.character("Z"))
        #expect(state.count == nil)
        state.handle(.character("j"))
        #expect(state.scroll == 1)
    }

    @Test("N% and Np go N percent into the text or the list, as in less; % alone goes to the top")
    func percentAsInLess() throws {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 60, height: 12))
        let lines = try #require(state.textLayout?.lines.count)
        #expect(lines > 20)
        for key in "50%" { state.handle(.character(key)) }
        #expect(state.scroll == min(state.maxScroll, lines / 2))
        #expect(state.scroll > 0)
        state.handle(.character("p"))
        #expect(state.scroll == 0)
        for key in "100p" { state.handle(.character(key)) }
        #expect(state.scroll == state.maxScroll)
        var list = library()
        for key in "100%" { list.handle(.character(key)) }
        #expect(list.list.selection == list.visibleArticles.count - 1)
        list.handle(.character("%"))
        #expect(list.list.selection == 0)
    }

    @Test("a click, the wheel, a paste or a resize forgets a count typed before it")
    func pointerPasteAndResizeForgetTheCount() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        for key: Key in [
            .click(x: 5, y: 5), .wheelDown, .wheelUp, .paste("x"), .resize(width: 90, height: 30),
        ] {
            state.handle(.character("5"))
            #expect(state.count == 5)
            state.handle(key)
            #expect(state.count == nil, "\(key)")
        }
        state.handle(.character("j"))
        #expect(state.scroll == 1)
    }

    @Test("in the help a digit starts a count for its scrolling keys; another key closes it")
    func helpTakesACountForItsScrolling() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 12))
        state.handle(.character("?"))
        #expect(state.screen == .help)
        state.handle(.character("3"))
        #expect(state.screen == .help)
        state.handle(.character("j"))
        #expect(state.help.scroll == 3)
        state.handle(.character("x"))
        #expect(state.screen != .help)
    }

    @Test("a count below 1 given to perform does the action once instead of trapping")
    func negativeCountIsOnce() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        state.perform(.lineDown, count: -3)
        #expect(state.scroll == 1)
        state.perform(.lineDown, count: 0)
        #expect(state.scroll == 2)
        var once = state
        once.perform(.bottom)
        state.perform(.bottom, count: -1)
        #expect(state.scroll == once.scroll)
        #expect(state.scroll > 2)
    }

    @Test("as in less, d and u move half a page in the article, and / Enter on an empty line searches again")
    func lessHabits() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        state.handle(.character("d"))
        let half = state.scroll
        #expect(half > 2)
        state.handle(.character("u"))
        #expect(state.scroll == 0)
        for key in "/Peskov" { state.handle(.character(key)) }
        state.handle(.enter)
        let first = state.search
        #expect(first?.query == "Peskov")
        state.handle(.escape)
        #expect(state.search == nil)
        state.handle(.character("/"))
        state.handle(.enter)
        #expect(state.search?.query == "Peskov")
        #expect(state.search?.matches == first?.matches)
    }

    @Test("at 200 columns the Quotes panel shows far more of each quote than 23 characters")
    func wideQuotesPanel() {
        let grid = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 200, height: 50))
            .render()
        let panel = grid.find("Quotes (7)")!
        let row = (panel.y + 1..<panel.y + 9).first { grid.row($0).contains("Nous surveillons") }!
        let words = "Nous surveillons de près et nous sommes naturellement"
        #expect(grid.row(row).contains(words), "\(grid.row(row))")
    }

    @Test("a library error reaches the status line")
    func libraryError() {
        var state = library()
        state.receive(.failed("library: the library at /x is corrupt"))
        #expect(state.render().row(29).contains("library: the library at /x is corrupt"))
    }
}

@Suite("The line editor shared by the prompts")
struct LineEditorTests {
    @Test("typing, moving and deleting: characters at the cursor, ^W a word, ^U and ^K to the ends")
    func editing() {
        var editor = LineEditor()
        for c in "Dmitri Peskov" { _ = editor.handle(.character(c)) }
        #expect(editor.handle(.control("w")) == .edited)
        #expect(editor.text == "Dmitri ")
        _ = editor.handle(.home)
        _ = editor.handle(.character("M"))
        #expect(editor.text == "MDmitri ")
        _ = editor.handle(.control("k"))
        #expect(editor.text == "M")
        _ = editor.handle(.backspace)
        #expect(editor.handle(.backspace) == .backspaceOnEmpty)
    }

    @Test("a paste is one edit, line breaks become spaces, control characters go")
    func paste() {
        var editor = LineEditor("a")
        #expect(editor.handle(.paste("b\nc\r\n\u{1B}[31md\u{7}")) == .edited)
        #expect(editor.text == "ab c  [31md")
        #expect(editor.cursor == editor.text.count)
        // A name copied from a page with a line separator in it is one line, and C1 controls go.
        #expect(editor.handle(.paste(" Jean\u{2028}Dupont\u{2029}\u{9B}2J")) == .edited)
        #expect(editor.text == "ab c  [31md Jean Dupont 2J")
    }

    @Test("a 1 MB paste into / is one edit and one search; the prompt shows its end")
    func bigPaste() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 80, height: 24))
        state.handle(.character("/"))
        let big = String(repeating: "détérioration ", count: 75_000)
        state.handle(.paste(big))
        guard case .search(let editor) = state.prompt else {
            Issue.record("the prompt closed")
            return
        }
        #expect(editor.text.count == big.count)
        let status = state.render().row(23)
        #expect(status.hasPrefix("/…"))
        #expect(status.contains("détérioration ▏"))
        state.handle(.enter)
        #expect(state.search == nil)
        #expect(state.message?.hasPrefix("Not found") == true)
    }
}
