import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Article list columns")
struct ArticleListColumnsTests {
    static let longTitle = "Un très long titre d'article qui ne tient pas dans la colonne des titres du tout"

    func state(width: Int) -> ReaderState {
        let web = LachinFixture.makeAnalysis(text: Self.longTitle + "\nTexte.\n", id: "web")
        let old = LachinFixture.makeAnalysis(text: "Ancien article\nTexte.\n", id: "old")
        return ReaderState(
            articles: [
                ArticleModel(
                    analysis: old, source: "https://www.example.org/a/1", link: "https://www.example.org/a/1",
                    date: "2021-02-03", site: "Le Quotidien des Régions et des Départements"),
                ArticleModel(analysis: LachinFixture.analysis, source: "dev/lachin-clashes.txt"),
                ArticleModel(
                    analysis: web, source: "https://news.example.com/x", link: "https://news.example.com/x",
                    date: "2022-08-03", site: "Le Monde"),
            ],
            size: TerminalSize(width: width, height: 20))
    }

    @Test("at 120 columns the list shows date and site columns; a file shows its file name and no date")
    func wide() {
        let state = state(width: 120)
        let grid = state.render()
        #expect(grid.row(1).contains("date"))
        #expect(grid.row(1).contains("site"))
        let web = grid.find("Un très long titre")!
        #expect(grid.row(web.y).contains("2022-08-03"))
        #expect(grid.row(web.y).contains("Le Monde"))
        let old = grid.find("Ancien article")!
        #expect(grid.row(old.y).contains("2021-02-03"))
        // A long site name is cut with "…"; a file shows its file name and no date.
        #expect(grid.row(old.y).contains("Le Quotidien des Région…"))
        let file = grid.find("Mercredi, le ministère")!
        #expect(grid.row(file.y).contains("lachin-clashes.txt"))
        #expect(!grid.row(file.y).contains("20"))
    }

    @Test("at 80 columns titles are cut with … and the date, counts and site still show")
    func eighty() {
        let grid = state(width: 80).render()
        let web = grid.find("Un très long titre")!
        let row = grid.row(web.y)
        #expect(row.contains("…"))
        #expect(row.contains("2022-08-03"))
        #expect(row.contains("Le Monde"))
        #expect(grid.row(1).contains("site"))
    }

    @Test("below 80 columns the site column goes first; the date and a readable title stay")
    func narrow() {
        let grid = state(width: 70).render()
        #expect(!grid.row(1).contains("site"))
        let web = grid.find("Un très long titre")!
        #expect(grid.row(web.y).contains("2022-08-03"))
        #expect(!grid.row(web.y).contains("Le Monde"))
        #expect(ListColumns(width: 70).titleWidth >= ListColumns.minimumTitle)
        #expect(ListColumns(width: 40).dateWidth == 0)
        #expect(ListColumns(width: 40).titleWidth >= ListColumns.minimumTitle)
    }

    @Test("S cycles the order back to date, which sorts by the article's date")
    func dateSort() {
        var state = state(width: 120)
        for _ in 0..<3 { state.handle(.character("S")) }
        #expect(state.list.order == .date)
        #expect(state.articles.map(\.date) == ["2022-08-03", "2021-02-03", nil])
    }

    @Test("a feed item known by its text's fingerprint is named by its feed's file, without the fingerprint")
    func feedItemName() {
        let item = LachinFixture.makeAnalysis(text: "Sans lien\nTexte.\n", id: "revue-4")
        let model = ArticleModel(analysis: item, source: "file:///tmp/pw/revue.xml#0a560179884f873d")
        #expect(model.name == "revue.xml")
        // A name that merely holds a "#" is kept whole.
        let other = ArticleModel(analysis: item, source: "/tmp/notes#2.txt")
        #expect(other.name == "notes#2.txt")
        let state = ReaderState(articles: [model], size: TerminalSize(width: 80, height: 12))
        #expect(state.render().find("0a560179") == nil)
    }
}
