import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Article status line")
struct ArticleStatusLineTests {
    func reader(width: Int, site: String? = "Le Courrier du Caucase", language: String? = nil) -> ReaderState
    {
        let model = ArticleModel(
            analysis: LachinFixture.analysis, source: "https://news.example.org/2022/lachin",
            link: "https://news.example.org/2022/lachin", date: "2022-08-03", site: site, language: language)
        return ReaderState(articles: [model], size: TerminalSize(width: width, height: 24))
    }

    @Test("the status line shows the article's date and site before the quote counter")
    func dateAndSite() {
        let grid = reader(width: 120).render()
        let status = grid.row(23)
        #expect(status.contains("2022-08-03 · Le Courrier du Caucase"))
        let quotes = Plural.count(LachinFixture.analysis.quotes.count, "quote")
        #expect(status.contains(quotes))
        #expect(status.range(of: "2022-08-03")!.lowerBound < status.range(of: quotes)!.lowerBound)
    }

    @Test("when narrow, date and site are cut with … and the quote counter stays whole")
    func narrow() {
        let quotes = Plural.count(LachinFixture.analysis.quotes.count, "quote")
        for width in [50, 60] {
            let status = reader(width: width).render().row(23)
            #expect(status.contains(quotes), "width \(width): \(status)")
            #expect(status.contains("…"), "width \(width): \(status)")
            #expect(status.hasPrefix(" 2022-08-"), "width \(width): \(status)")
        }
    }

    @Test("an article read from a file shows no site")
    func file() {
        let state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 24))
        let status = state.render().row(23)
        #expect(status.hasPrefix(" lachin-clashes.txt ·"))
    }

    @Test(
        "an English article says the analysis supports French only, whole at 80 columns, with its quote counter"
    )
    func otherLanguage() {
        let status = reader(width: 80, language: "en").render().row(23)
        #expect(status.contains("analysis supports French only (this article: en)"), "\(status)")
        #expect(status.contains(Plural.count(LachinFixture.analysis.quotes.count, "quote")))
        for french in ["fr", "fr-FR", nil] {
            let status = reader(width: 80, language: french).render().row(23)
            #expect(!status.contains("analysis supports"), "\(String(describing: french))")
        }
    }
}
