import Foundation
import Testing

@testable import ParoleSources

@Suite struct HTMLExtractionTests {
    func extract(_ html: String) throws -> ExtractionResult<ExtractedArticle> {
        try HTMLArticleExtractor.extract(Data(html.utf8))
    }

    static let furnished = """
        <!DOCTYPE html><html><head><title>Site — Titre de secours</title>
        <style>p { color: red }</style><script>var x = "<p>pas ceci</p>";</script></head>
        <body>
        <header class="site"><p>Le slogan du site</p></header>
        <nav><ul><li>Accueil</li><li>Monde</li></ul></nav>
        <main><article>
        <h1>Sommet : l&rsquo;accord est sign&eacute;</h1>
        <h2>Les dirigeants se sont entendus &agrave; l&#8217;aube.</h2>
        <!-- <p>un commentaire HTML</p> -->
        <p>Le pr&eacute;sident a d&eacute;clar&eacute;&nbsp;: &laquo;&#160;Nous avons
           r&eacute;ussi&#xA0;&raquo;.</p>
        <aside><p>Lire aussi : autre chose</p></aside>
        <p>Deux<br>lignes et un mot co\u{200B}upé, Tom &amp; Jerry.</p>
        <figure><figcaption>Une photo</figcaption></figure>
        </article>
        <section class="comments"><p>Premier commentaire !</p></section>
        </main>
        <footer><p>© Le journal</p></footer>
        </body></html>
        """

    @Test func keepsTheArticleAndLeavesOutPageFurniture() throws {
        let article = try extract(Self.furnished).value
        #expect(article.title == "Sommet : l’accord est signé")
        #expect(article.lead == "Les dirigeants se sont entendus à l’aube.")
        #expect(
            article.paragraphs == [
                "Le président a déclaré\u{A0}: «\u{A0}Nous avons réussi\u{A0}».",
                "Deux lignes et un mot coupé, Tom & Jerry.",
            ])
        for absent in [
            "slogan", "Accueil", "pas ceci", "commentaire", "Lire aussi", "photo", "journal", "color",
        ] {
            #expect(!article.text.contains(absent), "\(absent)")
        }
    }

    @Test func textFollowsParolesConvention() throws {
        let text = try extract(Self.furnished).value.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0] == "Sommet : l’accord est signé")
    }

    @Test func fallsBackToTheTitleElementWithoutH1() throws {
        let article = try extract(
            "<html><head><title>Le titre</title></head><body><p>Un paragraphe.</p></body></html>"
        ).value
        #expect(article.title == "Le titre")
        #expect(article.paragraphs == ["Un paragraphe."])
    }

    @Test func readsTextWithoutParagraphElements() throws {
        let article = try extract(
            "<html><body><h1>T</h1><div>Première ligne<br>Deuxième ligne</div></body></html>"
        ).value
        #expect(article.paragraphs == ["Première ligne", "Deuxième ligne"])
    }

    @Test func malformedHTMLIsReadAsBestEffortWithAWarning() throws {
        let result = try extract(
            "<html><body><h1>Titre</h1><p>Un <b>texte <i>mal</b> fermé</p><p>Suite</div></p></body>")
        #expect(result.value.title == "Titre")
        #expect(result.value.paragraphs.first == "Un texte mal fermé")
        #expect(result.warnings.contains { $0.hasPrefix("malformed HTML") })
        // The start callers test to leave the warning out of what they print.
        #expect(result.warnings.contains { $0.hasPrefix(HTMLArticleExtractor.malformedMarkupWarningStart) })
    }

    @Test func aPageWithNoArticleTextIsAnError() {
        #expect(throws: ExtractionError.noArticleText) {
            try extract("<html><body><nav><p>Menu</p></nav><script>x()</script></body></html>")
        }
    }

    @Test func binaryDataIsAnError() {
        #expect(throws: ExtractionError.binary) {
            try HTMLArticleExtractor.extract(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        }
    }

    @Test func windows1252PagesAreDecoded() throws {
        var data = Data("<html><body><h1>Le d".utf8)
        data.append(0xE9)  // é in Windows-1252
        data.append(
            contentsOf: Array("but</h1><p>Il a dit ".utf8) + [0x93] + Array("oui".utf8) + [0x94]
                + Array("</p></body></html>".utf8))
        let result = try HTMLArticleExtractor.extract(data)
        #expect(result.value.title == "Le début")
        #expect(result.value.paragraphs == ["Il a dit \u{201C}oui\u{201D}"])
        #expect(!result.warnings.isEmpty)
    }

    @Test func cleaningRemovesInvisiblesAndCollapsesSpace() {
        #expect(TextCleaner.clean("  a\u{AD}b \n\t c\u{200B}d\u{FEFF}  ") == "ab cd")
        #expect(TextCleaner.clean("x\u{A0}:") == "x\u{A0}:")
    }

    @Test func readsFrenchDatelines() {
        let day = { (s: String) in
            Dateline.parse(s).map { ISO8601DateFormatter().string(from: $0).prefix(10) }
        }
        #expect(day("1er juin 2012 – Texte") == "2012-06-01")
        #expect(day("22 mai 2012. - Texte") == "2012-05-22")
        #expect(day("Le 22 mai 2012") == nil)
    }
}
