import Foundation
import Testing

@testable import ParoleSources

/// Article text that class words or menus used to hide from the container finder, each on a
/// small page written for the test.
@Suite struct ContainerRecallTests {
    func extract(_ html: String) throws -> ExtractedArticle {
        try HTMLArticleExtractor.extract(Data(html.utf8)).value
    }

    static let body = [
        "Le conseil municipal a voté jeudi soir, après trois heures de débat, le budget de la ville pour l'an prochain.",
        "L'opposition, qui dénonçait une hausse des impôts locaux, a quitté la salle avant le vote, selon notre correspondant.",
        "Le maire a promis que les travaux de la piscine, attendus depuis longtemps, commenceraient au printemps.",
        "Les associations sportives, consultées en novembre, ont obtenu une hausse de leurs subventions de cinq pour cent.",
    ]

    @Test func menuTextWrappedInLinksDoesNotDrawTheArticleIntoTheMenu() throws {
        // Menu entries whose text sits in a link inside a span, next to a submenu: their text
        // is link text, not loose text of the list item, however long the menu.
        let entries = (1...40).map {
            "<li><span class='entry'><a href='/rubrique\($0)'>Une rubrique du site avec un nom assez long \($0)</a></span>"
                + "<ul><li><a href='/s\($0)'>Sous-rubrique</a></li></ul></li>"
        }.joined()
        let html = """
            <html><body><div class="levels"><ul>\(entries)</ul></div>
            <div class="page"><div class="columns"><main class="col-9">
            <p>\(Self.body[0])</p><p>\(Self.body[1])</p><p>\(Self.body[2])</p></main></div></div>
            </body></html>
            """
        #expect(try extract(html).paragraphs == Array(Self.body.prefix(3)))
    }

    @Test func sectionsMarkedLikeFurnitureThatTogetherHoldTheTextAreKept() throws {
        // Each section's class holds the word "ads" (a furniture word); none holds 30 % of the
        // page's text alone, together they hold all of it.
        let sections = Self.body.map {
            "<section class='report__section report__section--ads'><h2>Partie</h2><p>\($0)</p></section>"
        }.joined()
        let html = """
            <html><body><div class="share-bar"><a href="/f">Partager</a></div>
            <article class="report">\(sections)
            <div class="author-box">Notre correspondant suit la vie municipale depuis vingt ans, à temps plein.</div>
            </article></body></html>
            """
        let article = try extract(html)
        #expect(article.paragraphs.filter { $0 != "Partie" } == Self.body)
        #expect(!article.text.contains("Partager"))
    }

    @Test func classMarkedSiblingsWithDifferentClassesStayFurniture() throws {
        // A comment list and an author box beside the article: both marked, neither kept,
        // though together they hold much text.
        let comments = (1...3).map {
            "<div class='comment-list'><p>Un commentaire de lecteur numéro \($0), assez long pour compter ici.</p></div>"
        }.joined()
        let html = """
            <html><body><div class="main"><div class="story"><p>\(Self.body[0])</p><p>\(Self.body[1])</p></div>
            <div class="author-bio"><p>Notre correspondant suit la vie municipale depuis vingt ans, à temps plein.</p></div>
            \(comments)</div></body></html>
            """
        let text = try extract(html).text
        #expect(text.contains(Self.body[1]))
        #expect(!text.contains("commentaire"))
        #expect(!text.contains("vingt ans"))
    }
}

/// Blocks inside the container: prose with links is kept, furniture phrases are not.
@Suite struct ContainerBlockTests {
    func extract(_ html: String) throws -> ExtractedArticle {
        try HTMLArticleExtractor.extract(Data(html.utf8)).value
    }

    @Test func aLongParagraphWithManyLinksIsStillProse() throws {
        let linked = """
            Le rapport cite <a href="/a">l'étude de l'université de Lyon sur les écoles rurales</a>, \
            <a href="/b">les chiffres du ministère publiés en janvier</a> et l'enquête des parents \
            d'élèves, qui concluent toutes au même retard des travaux dans les campagnes.
            """
        let html = """
            <html><body><article><p>\(ContainerRecallTests.body[0])</p><p>\(linked)</p>
            <p>\(ContainerRecallTests.body[1])</p><p><a href="/d">Un autre article du site</a> et plus.</p>
            </article></body></html>
            """
        let paragraphs = try extract(html).paragraphs
        #expect(paragraphs.count == 3)
        #expect(paragraphs[1].hasPrefix("Le rapport cite l'étude"))
    }

    @Test func shortBlocksOpeningWithAFurniturePhraseOfAnyListedLanguageAreLeftOut() throws {
        let html = """
            <html><body><article><p>\(ContainerRecallTests.body[0])</p><p>Zum Weiterlesen: Unsere Analyse</p>
            <p>\(ContainerRecallTests.body[1])</p><p>Le puede interesar: otra noticia</p>
            <p>\(ContainerRecallTests.body[2])</p><p>Sommaire</p><p>\(ContainerRecallTests.body[3])</p>
            </article></body></html>
            """
        #expect(try extract(html).paragraphs == ContainerRecallTests.body)
    }

    @Test func aMarkedLeadFarAboveTheBodyInTheSameMainIsKept() throws {
        let html = """
            <html><body><main><div class="progress"><div class="container">
            <header class="intro-header"><h1>Le budget voté</h1>
            <p class="lead">Après trois heures de débat, la majorité a fait adopter son budget.</p></header>
            <div class="view-body"><div class="container"><div class="pagetext">
            \(ContainerRecallTests.body.map { "<p>\($0)</p>" }.joined())
            </div></div></div></div></div></main></body></html>
            """
        let article = try extract(html)
        #expect(
            article.paragraphs.first == "Après trois heures de débat, la majorité a fait adopter son budget.")
        #expect(Array(article.paragraphs.dropFirst()) == ContainerRecallTests.body)
    }
}

/// Captions marked by their class words, not by `figcaption`, are left out.
@Suite struct CaptionVocabularyTests {
    @Test func imageLegendsAndSourcesMarkedByClassAreLeftOut() throws {
        let html = """
            <html><body><article><p>\(ContainerRecallTests.body[0])</p>
            <div class="image-box"><img src="a.jpg"><div class="legend">Le conseil municipal en séance jeudi soir.</div></div>
            <p>\(ContainerRecallTests.body[1])</p>
            <div class="media"><img src="b.jpg"><h5 class="bilduntertitel">Die Piscine im Winter</h5>
            <p class="imagedescription">Photo : archives de la ville</p></div>
            <p>\(ContainerRecallTests.body[2])</p><div class="head__image-source">Quelle: Stadtarchiv</div>
            <p>\(ContainerRecallTests.body[3])</p></article></body></html>
            """
        let article = try HTMLArticleExtractor.extract(Data(html.utf8)).value
        #expect(article.paragraphs == ContainerRecallTests.body)
    }
}

/// Furniture elements (`nav`, `aside`…) are left out unless the article is in them.
@Suite struct FurnitureElementTests {
    func extract(_ html: String) throws -> ExtractedArticle {
        try HTMLArticleExtractor.extract(Data(html.utf8)).value
    }

    @Test func anAsideHoldingAlmostAllThePageTextIsTheArticle() throws {
        let html = """
            <html><body><header><a href="/">Le Journal</a></header>
            <main><aside class="direct-content"><h1>Le budget voté</h1>
            \(ContainerRecallTests.body.map { "<p>\($0)</p>" }.joined())</aside></main>
            <footer><p>© Le Journal, tous droits réservés pour toujours.</p></footer></body></html>
            """
        #expect(try extract(html).paragraphs == ContainerRecallTests.body)
    }

    @Test func aSidebarOfTeasersStaysOutEvenWhenItHoldsMoreTextThanTheArticle() throws {
        let article =
            (ContainerRecallTests.body + ContainerRecallTests.body.map { $0 + " Il l'a redit vendredi." })
        let teasers = (1...12).map {
            "<div class='teaser'><a href='/t\($0)'>Titre \($0)</a><p>Le résumé d'un autre article du site, numéro \($0), assez long pour compter comme du texte.</p></div>"
        }.joined()
        let html = """
            <html><body><div class="main"><div class="story">\(article.map { "<p>\($0)</p>" }.joined())</div>
            <aside class="sidebar">\(teasers)</aside></div></body></html>
            """
        let text = try extract(html).text
        #expect(text.contains(ContainerRecallTests.body[3]))
        #expect(!text.contains("résumé"))
    }
}

/// Elements hidden by an inline style are weighed like class-marked furniture.
@Suite struct StyleHiddenTests {
    @Test func sectionsHiddenByStyleThatHoldTheArticleAreKeptAndSmallOnesAreNot() throws {
        let slides = ContainerRecallTests.body.enumerated().map { index, text in
            "<div class='slide' style='display: \(index == 0 ? "block" : "none")'><p>\(text)</p></div>"
        }.joined()
        let html = """
            <html><body><article><h1>Le budget voté</h1><div class="slides">\(slides)</div>
            <p style="display:none">Votre navigateur ne sait pas afficher cette galerie de photos.</p>
            </article></body></html>
            """
        let article = try HTMLArticleExtractor.extract(Data(html.utf8)).value
        #expect(article.paragraphs == ContainerRecallTests.body)
    }
}
