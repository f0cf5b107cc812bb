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

    @Test("without a site name, the site is the address's host as the library names it")
    func siteIsTheLibrarysHost() {
        func site(link: String?, source: String) -> String? {
            ArticleModel(analysis: LachinFixture.analysis, source: source, link: link).site
        }
        // The reader, `parole list --site` and `parole stats` name a site the same way: lower
        // case, without "www." or a port.
        for address in [
            "https://www.LeMonde.fr/politique/article", "http://user@Example.org:8080/a?b#c",
            "https://www.example.org", "https://news.example.org/2022/lachin",
        ] {
            #expect(site(link: address, source: "a.txt") == WebAddress.siteHost(of: address), "\(address)")
            #expect(site(link: nil, source: address) == WebAddress.siteHost(of: address), "\(address)")
        }
        #expect(site(link: "https://www.LeMonde.fr/x", source: "a.txt") == "lemonde.fr")
        #expect(site(link: "http://user@Example.org:8080/a", source: "a.txt") == "example.org")
        // No host: a file, a `javascript:` or `file://` link of a feed item.
        #expect(site(link: nil, source: "articles/a.txt") == nil)
        #expect(site(link: "javascript:alert(1)", source: "https://example.org/feed.xml") == nil)
        #expect(site(link: "file:///home/a.html", source: "feed.xml") == nil)
        // A page's own site name comes first.
        #expect(
            ArticleModel(
                analysis: LachinFixture.analysis, source: "https://www.lemonde.fr/a", site: "Le Monde"
            ).site == "Le Monde")
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
