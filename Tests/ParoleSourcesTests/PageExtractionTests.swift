import Foundation
import Testing

@testable import ParoleSources

/// Each extraction mechanism on a small page written for the test.
@Suite struct PageExtractionTests {
    func extract(_ html: String, charset: String? = nil) throws -> ExtractionResult<ExtractedArticle> {
        try HTMLArticleExtractor.extract(Data(html.utf8), httpCharset: charset)
    }

    static let body = [
        "Le gouvernement a présenté mardi, après des mois de discussions, un plan de rénovation des écoles.",
        "Les syndicats, qui réclamaient davantage de moyens, jugent le calendrier trop lent, selon leur communiqué.",
        "Le ministre a répondu que les premiers chantiers commenceraient dès la rentrée, dans dix départements.",
    ]

    @Test func theContainerWithTheParagraphsWinsOverLinkListsAndTeasers() throws {
        let links = (1...30).map { "<li><a href='/a\($0)'>Un autre article numéro \($0) du site</a></li>" }
            .joined()
        let html = """
            <html><body><div class="top"><ul>\(links)</ul></div>
            <div class="col"><div class="x1"><p>\(Self.body[0])</p><p>\(Self.body[1])</p>
            <p>\(Self.body[2])</p></div></div>
            <div class="col2"><p><a href="/v">Voir aussi : la carte des écoles rénovées</a></p></div></body></html>
            """
        let article = try extract(html).value
        #expect(article.paragraphs == Self.body)
    }

    @Test func boilerplateInsideTheArticleIsLeftOut() throws {
        let html = """
            <html><body><article><h1>Le plan écoles</h1>
            <div class="share-bar">Partager sur Facebook Twitter</div>
            <p>\(Self.body[0])</p>
            <p class="sr-only">Texte pour lecteurs d'écran seulement</p>
            <figure><img src="x.jpg"><figcaption>Une école à Lyon.</figcaption></figure>
            <p>\(Self.body[1])</p><span aria-hidden="true">icône</span>
            <div class="related"><h3>Lire aussi</h3><ul><li><a href="/1">Un autre sujet</a></li></ul></div>
            <p style="display: none">Caché</p>
            <p>\(Self.body[2])</p>
            <p><a href="/x">Lire aussi : tout sur la rentrée scolaire</a></p>
            </article><footer><p>© Le Journal, tous droits réservés pour toujours.</p></footer></body></html>
            """
        let article = try extract(html).value
        #expect(article.paragraphs == Self.body)
        #expect(article.title == "Le plan écoles")
    }

    @Test func subheadingsListsAndLooseTextRunsAreKept() throws {
        let html = """
            <html><body><div class="article-body"><p>\(Self.body[0])</p><h3>Des travaux dès septembre</h3>
            <p>\(Self.body[1])</p><ul><li>Dix départements concernés en premier</li>
            <li>Un budget voté à l'automne</li></ul>
            <div>Une ligne de texte libre sans paragraphe<br>Et une seconde ligne libre</div>
            <blockquote>« Nous tiendrons les délais », a dit le ministre.</blockquote></div></body></html>
            """
        let article = try extract(html).value
        #expect(
            article.paragraphs == [
                Self.body[0], "Des travaux dès septembre", Self.body[1],
                "Dix départements concernés en premier",
                "Un budget voté à l'automne", "Une ligne de texte libre sans paragraphe",
                "Et une seconde ligne libre", "« Nous tiendrons les délais », a dit le ministre.",
            ])
        #expect(article.headingLevels == [1: 3])
    }

    @Test func inlineQuotationsGetGuillemets() throws {
        let html =
            "<html><body><p>Il a dit <q>nous tiendrons</q> devant la presse, mardi soir.</p></body></html>"
        #expect(
            try extract(html).value.paragraphs == [
                "Il a dit «\u{A0}nous tiendrons\u{A0}» devant la presse, mardi soir."
            ])
    }

    @Test func theJSONLDBodyReplacesATeaserAndFillsTheMetadata() throws {
        let body = Self.body.joined(separator: "\\n")
        let html = """
            <html lang="fr"><head><title>Plan écoles - Le Journal</title>
            <meta property="og:site_name" content="Le Journal">
            <link rel="canonical" href="https://journal.example/2024/03/05/plan-ecoles">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Plan écoles","datePublished":"2024-03-05T08:30:00+01:00",
            "author":[{"@type":"Person","name":"Marie Dupont"},{"@type":"Person","name":"Paul Martin"}],
            "articleBody":"\(body)"}</script></head>
            <body><p>Réservé aux abonnés : le début seulement.</p></body></html>
            """
        let article = try extract(html).value
        #expect(article.paragraphs == Self.body)
        #expect(article.authors == ["Marie Dupont", "Paul Martin"])
        #expect(article.siteName == "Le Journal")
        #expect(article.link == "https://journal.example/2024/03/05/plan-ecoles")
        #expect(article.date.map { ISO8601DateFormatter().string(from: $0) } == "2024-03-05T07:30:00Z")
        #expect(article.language == "fr")
    }

    @Test func aRelativeCanonicalAddressIsNoLinkAndAProtocolRelativeOneIsHTTPS() throws {
        func link(canonical: String, ogURL: String? = nil) throws -> String? {
            let og = ogURL.map { "<meta property=\"og:url\" content=\"\($0)\">" } ?? ""
            let html = """
                <html lang="fr"><head><link rel="canonical" href="\(canonical)">\(og)</head>
                <body><article><p>\(Self.body[0])</p><p>\(Self.body[1])</p></article></body></html>
                """
            return try extract(html).value.link
        }
        #expect(try link(canonical: "/2024/03/05/plan-ecoles") == nil)
        #expect(try link(canonical: "index.html") == nil)
        #expect(try link(canonical: "javascript:void(0)") == nil)
        #expect(try link(canonical: "//journal.example/plan") == "https://journal.example/plan")
        #expect(
            try link(canonical: "/plan", ogURL: "https://journal.example/plan")
                == "https://journal.example/plan")
        #expect(try link(canonical: "https://journal.example/a") == "https://journal.example/a")
        // The relative address still dates the article.
        let dated = """
            <html><head><link rel="canonical" href="/2024/03/05/plan-ecoles"></head>
            <body><article><p>\(Self.body[0])</p><p>\(Self.body[1])</p></article></body></html>
            """
        #expect(try extract(dated).value.date != nil)
    }

    @Test func aPublisherThatIsAPersonIsNoSiteName() throws {
        for type in ["\"@type\":\"Person\"", "\"type\":\"Person\""] {
            let html = """
                <html lang="fr"><head><title>Plan écoles</title>
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Plan écoles",
                "publisher":{\(type),"name":"Jeanne Lemoine"}}</script></head>
                <body><article><p>\(Self.body[0])</p><p>\(Self.body[1])</p></article></body></html>
                """
            #expect(try extract(html).value.siteName == nil, "\(type)")
        }
        let organisation = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Plan",
            "publisher":{"@type":"NewsMediaOrganization","name":"Le Journal"}}</script></head>
            <body><article><p>\(Self.body[0])</p><p>\(Self.body[1])</p></article></body></html>
            """
        #expect(try extract(organisation).value.siteName == "Le Journal")
    }

    /// A page whose article holds the `h1` given, under the metadata title given.
    func titled(h1: String, meta: String) throws -> String {
        let html = """
            <html lang="fr"><head><meta property="og:title" content="\(meta)"></head><body><article>
            <h1>\(h1)</h1><p>\(Self.body[0])</p><p>\(Self.body[1])</p><p>\(Self.body[2])</p>
            </article></body></html>
            """
        return try extract(html).value.title
    }

    @Test func anH1SharingNoWordWithALongMetadataTitleIsALabelNotTheHeadline() throws {
        #expect(
            try titled(h1: "Faire un don :", meta: "Les écoles seront rénovées dès la rentrée")
                == "Les écoles seront rénovées dès la rentrée")
        // An h1 sharing a word with the metadata title is the headline, as is one under a
        // short metadata title (the site's or the section's name).
        #expect(
            try titled(h1: "Écoles : le plan est lancé", meta: "Le plan de rénovation des écoles")
                == "Écoles : le plan est lancé")
        #expect(try titled(h1: "Le plan est lancé", meta: "Actualités régionales") == "Le plan est lancé")
    }

    @Test func titleLosesTheSiteNameAndDatesComeFromMetasOrTheAddress() {
        #expect(
            PageMetadata.withoutSiteName("Plan écoles - Le Journal", siteName: "Le Journal") == "Plan écoles")
        #expect(
            PageMetadata.withoutSiteName("Le Journal | Plan écoles", siteName: "Le Journal") == "Plan écoles")
        #expect(
            PageMetadata.withoutSiteName("Un titre assez long pour un article | Site", siteName: nil)
                == "Un titre assez long pour un article")
        let day = PageMetadata.dateInAddress("https://x.example/news/2021/11/30/titre")
        #expect(day.map { ISO8601DateFormatter().string(from: $0).prefix(10) } == "2021-11-30")
        #expect(PageMetadata.dateInAddress("https://x.example/a/1234/5") == nil)
    }

    @Test func metaTagsGiveDateAuthorAndTitleWhenThereIsNoJSONLD() throws {
        let html = """
            <html lang="fr-FR"><head><meta property="og:title" content="Plan écoles">
            <meta property="article:published_time" content="2023-01-16T10:00:00Z">
            <meta name="author" content="Par Marie Dupont"></head>
            <body><div><p>\(Self.body[0])</p><p>\(Self.body[1])</p></div></body></html>
            """
        let article = try extract(html).value
        #expect(article.title == "Plan écoles")
        #expect(article.authors == ["Marie Dupont"])
        #expect(article.date.map { ISO8601DateFormatter().string(from: $0) } == "2023-01-16T10:00:00Z")
    }

    @Test func theCharsetComesFromTheMetaTheHeaderOrTheByteOrderMark() throws {
        var latin = Data("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le d".utf8)
        latin.append(0xE9)
        latin.append(
            contentsOf: Array("but de l'ann".utf8) + [0xE9]
                + Array("e scolaire, mardi dans toute la France</p></body></html>".utf8))
        let declared = try HTMLArticleExtractor.extract(latin)
        #expect(declared.value.paragraphs == ["Le début de l'année scolaire, mardi dans toute la France"])
        #expect(declared.warnings.isEmpty)

        var header = Data("<html><body><p>".utf8)
        header.append(contentsOf: [0xC0, 0xE9])  // "Àé" in ISO-8859-15 too
        header.append(contentsOf: Array(" la rentrée</p></body></html>".utf8).map { $0 == 0xC3 ? 0x20 : $0 })
        let fromHeader = try HTMLArticleExtractor.extract(header, httpCharset: "ISO-8859-15")
        #expect(fromHeader.value.paragraphs.first?.hasPrefix("Àé") == true)

        let utf16 =
            Data([0xFF, 0xFE]) + "<html><body><p>Élève studieux</p></body></html>".data(
                using: .utf16LittleEndian)!
        #expect(try HTMLArticleExtractor.extract(utf16).value.paragraphs == ["Élève studieux"])
    }

    @Test func aPageWithShortTextStillGivesItsTextOrItsBestBlockWithAWarning() throws {
        let small = try extract(
            "<html><body><nav><a href='/'>Accueil</a></nav><div>Fermé pour travaux</div></body></html>")
        #expect(small.value.paragraphs == ["Fermé pour travaux"])
        #expect(small.warnings.isEmpty)
        let cells = (1...120).map { "<div>Une case numéro \($0)</div>" }.joined()
        let large = try extract("<html><body>\(cells)<div>Fermé pour travaux !</div></body></html>")
        #expect(large.value.paragraphs == ["Fermé pour travaux !"])
        #expect(large.warnings.contains { $0.contains("no article container") })
    }

    @Test func theLanguageIsToldFromTheText() {
        #expect(
            LanguageGuesser.guess(
                "The minister said on Tuesday that the first works would start in the autumn, and that they "
                    + "have been planned for a long time by the government, which has been under pressure.")
                == "en")
        #expect(
            LanguageGuesser.guess(Self.body.joined(separator: " ") + " " + Self.body.joined(separator: " "))
                == "fr")
        #expect(LanguageGuesser.guess("Bonjour") == nil)
    }

    @Test func aParagraphOfNoBreakSpacesOnlyIsNoParagraph() throws {
        let page = try extract(
            "<html><body><article><h1>Titre</h1><p>Le conseil a voté le budget hier soir.</p>"
                + "<p>&nbsp;</p><p>\u{202F} &nbsp;</p><p>Les élus se retrouveront en mars.</p></article></body></html>"
        )
        #expect(
            page.value.paragraphs == [
                "Le conseil a voté le budget hier soir.", "Les élus se retrouveront en mars.",
            ])
    }

    @Test func aTextInAScriptOfItsOwnIsToldByItsScriptNeverTakenForFrench() throws {
        let texts: [(String, String?)] = [
            ("Министр заявил во вторник, что первые работы начнутся осенью, и это было давно решено.", "ru"),
            ("Міністр заявив у вівторок, що перші роботи почнуться восени, і це було давно вирішено.", "uk"),
            ("部长星期二表示，第一批工程将于秋季开始，政府早已计划好了。", "zh"),
            ("大臣は火曜日に、最初の工事は秋に始まると述べた。", "ja"),
            ("장관은 화요일에 첫 공사가 가을에 시작될 것이라고 말했다.", "ko"),
            ("Ο υπουργός δήλωσε την Τρίτη ότι τα πρώτα έργα θα ξεκινήσουν το φθινόπωρο.", "el"),
            // Latin letters without enough function words stay unknown, as before.
            ("Kiev Moscou Paris Berlin Rome", nil),
        ]
        for (text, code) in texts { #expect(LanguageGuesser.guess(text) == code, "\(text)") }
        let page = try extract(
            "<html><body><article><h1>新工程</h1><p>部长星期二表示，第一批工程将于秋季开始。</p>"
                + "<p>政府早已计划好了，工程将持续两年。</p></article></body></html>")
        #expect(page.value.language == "zh")
        #expect(LanguageGuesser.name(of: "zh") == "Chinese")
    }
}
