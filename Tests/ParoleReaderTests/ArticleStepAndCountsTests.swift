import ParoleKit
import Testing

@testable import ParoleReader

/// Reading a list article after article without going back to it (`J` `K`, newsboat's keys),
/// and the Actors panel's counts on a long article.
@Suite("Stepping through articles, and large counts")
struct ArticleStepAndCountsTests {
    func threeArticles() -> ReaderState {
        let others = ["Deuxième article", "Troisième article"].enumerated().map { index, title in
            ArticleModel(
                analysis: LachinFixture.makeAnalysis(
                    text: "\(title)\nRien à signaler ici.\n", id: "a\(index)"),
                source: "dir/a\(index).txt")
        }
        return ReaderState(
            articles: [LachinFixture.model()] + others, size: TerminalSize(width: 100, height: 30))
    }

    @Test("J opens the next article of the list and K the previous one, without the list between")
    func jAndKStepThroughTheList() {
        var state = threeArticles()
        #expect(state.screen == .list)
        state.handle(.enter)
        #expect(state.articleIndex == 0)
        state.handle(.character("J"))
        #expect(state.screen == .article)
        #expect(state.articleIndex == 1)
        #expect(state.render().find("Deuxième article") != nil)
        state.handle(.character("J"))
        #expect(state.articleIndex == 2)
        state.handle(.character("J"))
        #expect(state.articleIndex == 2)
        #expect(state.render().row(29).contains("Last article of the list"))
        state.handle(.character("K"))
        state.handle(.character("K"))
        #expect(state.articleIndex == 0)
        state.handle(.character("K"))
        #expect(state.render().row(29).contains("First article of the list"))
        // Back to the list: the row of the article last read is selected.
        state.handle(.character("J"))
        state.handle(.character("q"))
        #expect(state.screen == .list)
        #expect(state.list.selection == 1)
    }

    @Test("J and K step through the list from the quote detail and with the Quotes panel focused")
    func jAndKFromTheDetailAndThePanels() {
        var state = threeArticles()
        state.handle(.enter)
        state.handle(.tab)
        #expect(state.reading.focus == .quotes)
        state.handle(.character("J"))
        #expect(state.articleIndex == 1)
        state.handle(.character("K"))
        #expect(state.articleIndex == 0)
        state.handle(.character("n"))
        state.handle(.character("v"))
        #expect(state.screen == .detail)
        state.handle(.character("K"))
        #expect(state.screen == .detail)
        #expect(state.render().row(29).contains("First article of the list"))
        state.handle(.character("J"))
        #expect(state.screen == .article)
        #expect(state.detail == nil)
        #expect(state.articleIndex == 1)
        #expect(state.render().find("Deuxième article") != nil)
    }

    @Test("J on a sorted or filtered list follows the rows shown, and opens at the actor's first quote")
    func jFollowsTheVisibleRows() {
        var state = threeArticles()
        state.handle(.character("/"))
        for c in "troisième" { state.handle(.character(c)) }
        state.handle(.enter)
        #expect(state.visibleArticles == [2])
        state.handle(.enter)
        state.handle(.character("J"))
        #expect(state.articleIndex == 2)
        #expect(state.render().row(29).contains("Last article of the list"))
    }

    @Test("J in a library marks the article it opens read")
    func jMarksRead() {
        let unread = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Deuxième article\nRien.\n", id: "b"), source: "b.txt",
            libraryID: 7, isRead: false)
        var state = ReaderState(
            articles: [LachinFixture.model(), unread], size: TerminalSize(width: 100, height: 30),
            isLibrary: true)
        state.handle(.enter)
        #expect(state.handle(.character("J")) == [.setRead(7, true)])
    }

    @Test("J on a single article says there is no list and changes nothing")
    func jOnASingleArticle() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("J"))
        #expect(state.screen == .article)
        #expect(state.render().row(29).contains("J and K step through a list"))
    }

    @Test("'Still analysing…' goes when the analysis it waited for arrives, without a key")
    func stillAnalysingGoesWithTheAnalysis() {
        var provisional = LachinFixture.analysis
        provisional.quotes = []
        provisional.actors = []
        let model = ArticleModel(analysis: provisional, source: "lachin-clashes.txt", isAnalysed: false)
        var state = ReaderState(articles: [model], size: TerminalSize(width: 120, height: 40))
        state.handle(.character("n"))
        #expect(state.render().row(39).contains("Still analysing…"))
        state.replaceArticle(at: 0, with: LachinFixture.model())
        let status = state.render().row(39)
        #expect(!status.contains("Still analysing…"), "\(status)")
        #expect(status.contains("7 quotes"), "\(status)")
    }

    @Test("the Actors panel widens its count columns for 1,000 quotes or 10,000 mentions")
    func largeCountsStayApart() {
        var analysis = LachinFixture.analysis
        analysis.actors[0].quotes = 1234
        analysis.actors[0].occurrences = Array(repeating: Span(0, 1), count: 56789)
        var state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "long.txt")],
            size: TerminalSize(width: 120, height: 40))
        state.handle(.tab)
        let grid = state.render()
        let rows = (0..<40).map { grid.row($0) }
        let actorsTop = rows.firstIndex { $0.contains("Actors (") } ?? 0
        let row = rows[actorsTop...].first { $0.contains(analysis.actors[0].name) }
        #expect(row?.contains(" 1234 56789 ") == true, "\(row ?? "")")
        // The heading's q and m stand over the last digits of their columns.
        let heading = rows[actorsTop]
        #expect(heading.contains("   q     m "), "\(heading)")
    }
}
