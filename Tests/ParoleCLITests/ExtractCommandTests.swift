import Foundation
import Testing

/// `parole extract`, the non-French notice and the batch ids, run as a user would.
@Suite struct ExtractCommandTests {
    static let page = """
        <html lang="en"><head><title>Schools plan - The Daily</title>
        <meta property="og:site_name" content="The Daily">
        <meta property="article:published_time" content="2024-03-05T08:30:00Z">
        <meta name="author" content="Mary Smith"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Schools plan</h1>
        <p>The government presented on Tuesday, after months of talks, a plan to renovate the schools.</p>
        <h2>Works from September</h2>
        <p>The unions, which had asked for more money, said that the timetable was far too slow for them.</p>
        </article><footer>© The Daily</footer></body></html>
        """

    @Test func malformedHTMLIsReadQuietlyAndTheWarningKeptInTheJSON() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let page = """
            <html><head><title>Sommet</title></head><body><div><p>Les prix & les taxes <b>montent
            <article><p>« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>
            <p>La suite de l'article, assez longue pour être le texte principal de la page.</div></body>
            """
        _ = try dir.write("page.html", text: page)
        for command in [["analyze"], ["extract"], ["add", "--library", "lib.sqlite"]] {
            let result = try ParoleProcess.run(command + ["page.html"], in: dir.url)
            #expect(result.status == 0, "\(command[0]): \(result.stderr)")
            #expect(!result.stderr.contains("malformed"), "\(command[0]): \(result.stderr)")
        }
        let json = try ParoleProcess.run(["extract", "--format", "json", "page.html"], in: dir.url)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let warnings = object["warnings"] as? [String] ?? []
        #expect(warnings.contains { $0.hasPrefix("malformed HTML") }, "\(warnings)")
    }

    @Test func aFeedIsRefusedAsNoPageInsteadOfPrintingItsMarkupAsText() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>
            <item><title>Un</title><description>&lt;script&gt;x()&lt;/script&gt;Le maire a dit que non.</description></item>
            </channel></rss>
            """
        _ = try dir.write("fil.xml", text: feed)
        let result = try ParoleProcess.run(["extract", "fil.xml"], in: dir.url)
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "parole: fil.xml: an RSS or Atom feed, not a page (parole analyze and parole add read its items)"
            ])
        #expect(result.stdout.isEmpty, "\(result.output)")
    }

    @Test func printsTheArticleAsTextJSONOrMarkdown() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("page.html", text: Self.page)
        let text = try ParoleProcess.run(["extract", "page.html"], in: dir.url)
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("Schools plan\nThe government presented on Tuesday"))
        #expect(!text.output.contains("Home"))
        #expect(!text.output.contains("© The Daily"))

        let json = try ParoleProcess.run(["extract", "--format", "json", "page.html"], in: dir.url)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["title"] as? String == "Schools plan")
        #expect(object["site"] as? String == "The Daily")
        #expect(object["authors"] as? [String] == ["Mary Smith"])
        #expect(object["date"] as? String == "2024-03-05T08:30:00Z")
        #expect(object["language"] as? String == "en")
        #expect((object["text"] as? String)?.contains("Works from September") == true)

        let markdown = try ParoleProcess.run(["extract", "-f", "markdown", "page.html"], in: dir.url)
        #expect(markdown.output.hasPrefix("# Schools plan\n\n*Mary Smith · The Daily · 2024-03-05*"))
        #expect(markdown.output.contains("\n\n## Works from September\n\n"))
    }

    @Test func markdownKeepsAParagraphThatLooksLikeMarkupAPlainParagraph() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let page = """
            <html><head><title>Un *vrai* titre</title></head><body><article><h1>Un *vrai* titre</h1>
            <p>1. Le conseil a voté le budget hier soir après un long débat entre les élus.</p>
            <p># Ce paragraphe n'est pas un titre, il commence par un croisillon.</p>
            <p>- Un tiret ouvre cette phrase, qui n'est pas une liste pour autant.</p>
            <p>Le mot *important* et le fichier mon_fichier_final restent tels quels.</p>
            <p>Le sigle s'écrit &amp;amp; dans le code, et les ~~barrés~~ restent des tildes.</p>
            <h2>Une vraie partie</h2><p>La suite de l'article suit ici, sans surprise.</p>
            </article></body></html>
            """
        _ = try dir.write("page.html", text: page)
        let markdown = try ParoleProcess.run(["extract", "-f", "markdown", "page.html"], in: dir.url).output
        #expect(markdown.hasPrefix("# Un \\*vrai\\* titre\n"))
        #expect(markdown.contains("\n\n1\\. Le conseil a voté"))
        #expect(markdown.contains("\n\n\\# Ce paragraphe"))
        #expect(markdown.contains("\n\n\\- Un tiret"))
        #expect(markdown.contains("Le mot \\*important\\* et le fichier mon\\_fichier\\_final"))
        #expect(markdown.contains("s'écrit \\&amp; dans le code, et les \\~\\~barrés\\~\\~ restent"))
        #expect(markdown.contains("\n\n## Une vraie partie\n\n"))
    }

    @Test func severalPagesPrintOneCompactLineEachAsJSONEncoderWrites() throws {
        struct Record: Codable {
            var source, title, text: String
            var date, site, url, language: String?
            var authors, warnings: [String]
        }
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("page.html", text: Self.page)
        let odd =
            "<html><body><p>Un texte \"cité\" \\ avec\ttabulation, barre / et \u{1} contrôle, é 😀.</p>"
            + "<p>Un paragraphe assez long pour être pris comme article, avec plusieurs phrases. Encore une.</p>"
            + "</body></html>"
        _ = try dir.write("odd.html", text: odd)
        let several = try ParoleProcess.run(
            ["extract", "--format", "json", "page.html", "odd.html"], in: dir.url)
        let lines = several.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (name, line) in zip(["page.html", "odd.html"], lines) {
            let single = try ParoleProcess.run(["extract", "--format", "json", name], in: dir.url)
            let record = try JSONDecoder().decode(Record.self, from: single.stdout)
            #expect(String(decoding: try encoder.encode(record), as: UTF8.self) == line, "\(name)")
        }
    }

    @Test func readsStandardInputAndReportsAMissingFileInOneLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let piped = try ParoleProcess.run(["extract", "-"], input: Data(Self.page.utf8), in: dir.url)
        #expect(piped.output.hasPrefix("Schools plan\n"))
        let missing = try ParoleProcess.run(["extract", "missing.html"], in: dir.url)
        #expect(missing.status != 0)
        #expect(missing.errorLines == ["parole: missing.html: no such file or directory"])
    }

    @Test func aTextArticleIsNamedAsSuchNotReadAsAPage() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("article.txt", text: "Titre\nPremier paragraphe.\nSecond paragraphe.\n")
        let result = try ParoleProcess.run(["extract", "article.txt"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.errorLines == [
                "parole: article.txt: a text article, not an HTML page (parole analyze reads it)"
            ])
    }

    @Test func aPageNotInFrenchGetsAOneLineNotice() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        _ = try dir.write("page.html", text: Self.page)
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "page.html"], in: dir.url)
        #expect(result.status == 0)
        #expect(
            result.errorLines.contains(
                "parole: note: page.html: the page is in English (en); the analysis supports French only"))
    }

    @Test func batchIdsComeBackWithTheTypeTheyWereGiven() throws {
        let input = """
            {"id": 42, "text": "Titre\\nIl a dit : « oui »."}
            {"id": "42", "text": "Titre\\nUn texte."}
            {"id": 7}

            """
        let result = try ParoleProcess.run(
            ["analyze", "--jsonl"], input: Data(input.utf8), in: FileManager.default.temporaryDirectory)
        let lines = result.output.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 3)
        #expect((lines[0]?["id"] as? NSNumber)?.intValue == 42 && !(lines[0]?["id"] is String))
        #expect(lines[1]?["id"] as? String == "42")
        #expect((lines[2]?["id"] as? NSNumber)?.intValue == 7 && lines[2]?["error"] != nil)
    }
}
