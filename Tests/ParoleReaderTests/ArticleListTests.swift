import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Article list")
struct ArticleListTests {
    func library() -> ReaderState {
        let other = LachinFixture.makeAnalysis(text: "Autre titre\nRien à signaler ici.\n", id: "autre")
        return ReaderState(
            articles: [LachinFixture.model(), ArticleModel(analysis: other, source: "dir/autre.txt")],
            size: TerminalSize(width: 100, height: 30))
    }

    @Test("several articles open on the list: titles, counts, file names; Enter opens, q goes back")
    func list() {
        var state = library()
        #expect(state.screen == .list)
        var grid = state.render()
        let row = grid.find("Mercredi, le ministère")!
        #expect(grid.row(row.y).contains("lachin-clashes.txt"))
        #expect(grid.row(row.y).contains("7"))
        #expect(grid[row.x, row.y].style.reverse)
        state.handle(.character("j"))
        state.handle(.enter)
        #expect(state.screen == .article)
        #expect(state.articleIndex == 1)
        state.handle(.character("q"))
        #expect(state.screen == .list)
        #expect(!state.isFinished)
        grid = state.render()
        #expect(grid[1, grid.find("Autre titre")!.y].style.reverse)
        state.handle(.character("q"))
        #expect(state.isFinished)
    }

    @Test("an article in a language the analysis does not support shows its code before its site")
    func unsupportedLanguageIsMarked() {
        let german = LachinFixture.makeAnalysis(text: "Ein Titel\nNichts Neues.\n", id: "de")
        let french = LachinFixture.makeAnalysis(text: "Un titre\nRien de neuf.\n", id: "fr")
        let state = ReaderState(
            articles: [
                ArticleModel(
                    analysis: german, source: "https://zeitung.example/a", site: "Die Zeitung", language: "de"
                ),
                ArticleModel(
                    analysis: french, source: "https://journal.example/a", site: "Le Journal", language: "fr"),
            ],
            size: TerminalSize(width: 100, height: 30))
        let grid = state.render()
        #expect(grid.row(grid.find("Ein Titel")!.y).contains("de · Die Zeitung"))
        #expect(
            grid.row(grid.find("Un titre")!.y).hasSuffix("Le Journal")
                || grid.row(grid.find("Un titre")!.y).contains(" Le Journal"))
        #expect(!grid.row(grid.find("Un titre")!.y).contains("fr ·"))
    }

    @Test("/ filters the list by text as one types")
    func filter() {
        var state = library()
        state.handle(.character("/"))
        for c in "signaler" { state.handle(.character(c)) }
        #expect(state.visibleArticles == [1])
        state.handle(.enter)
        #expect(state.render().find("1 of 2 articles") != nil)
        state.handle(.escape)
        #expect(state.visibleArticles == [0, 1])
    }

    @Test("an actor filter keeps the articles where the actor appears, with their quote count")
    func actorFilter() {
        var state = library()
        state.handle(.character("f"))
        for c in "peskov" { state.handle(.character(c)) }
        state.handle(.enter)
        #expect(state.visibleArticles == [0])
        let grid = state.render()
        #expect(grid.find("by actor") != nil)
        let row = grid.find("Mercredi")!
        #expect(grid.row(row.y).contains(" 3 "))
        state.handle(.enter)
        #expect(state.visibleQuotes == [2, 3, 4])
    }
}

@Suite("Article list while analysing")
struct ArticleListProvisionalTests {
    @Test("articles still being analysed show … for their counts, then their numbers")
    func counts() {
        var provisional = LachinFixture.analysis
        provisional.quotes = []
        provisional.actors = []
        let model = ArticleModel(analysis: provisional, source: "lachin-clashes.txt", isAnalysed: false)
        let other = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Autre\nTexte.\n", id: "b"), source: "b.txt")
        var state = ReaderState(articles: [model, other], size: TerminalSize(width: 100, height: 30))
        var grid = state.render()
        #expect(grid.row(grid.find("lachin-clashes.txt")!.y).contains("       …       … "))
        state.replaceArticle(at: 0, with: LachinFixture.model())
        grid = state.render()
        #expect(!grid.row(grid.find("lachin-clashes.txt")!.y).contains("       …       … "))
        #expect(grid.row(grid.find("lachin-clashes.txt")!.y).contains(" 7 "))
    }
}
