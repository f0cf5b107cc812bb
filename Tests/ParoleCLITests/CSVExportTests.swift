import Foundation
import Testing

/// `--format csv` as scripts read it (no byte-order mark, commas) and with `--excel` as a
/// spreadsheet opens it with a double click (a UTF-8 byte-order mark, semicolons); the options
/// of `quotes` and `stats` that shape the listing are checked.
@Suite final class CSVExportTests: ScratchSuite {
    let library = ["--library", "lib.sqlite"]

    /// A library holding one invented article with a quote whose words hold a semicolon.
    func addArticle() throws {
        try write(
            "article.txt",
            "Le conseil vote\n« Nous irons jusqu'au bout ; rien ne change », a déclaré Hélène Brévan, maire.\n"
        )
        let added = try parole(["add"] + library + ["article.txt"])
        #expect(added.status == 0, "\(added.stderr)")
    }

    @Test("plain CSV has no byte-order mark and separates fields by commas")
    func plainCSVForScripts() throws {
        try addArticle()
        for command in ["quotes", "stats"] {
            let csv = try parole([command] + library + ["--format", "csv"])
            #expect(csv.status == 0, "\(csv.stderr)")
            #expect(csv.stdout.prefix(4) == Data((command == "quotes" ? "date" : "sect").utf8))
        }
        let quotes = try parole(["quotes"] + library + ["--format", "csv"]).output
        #expect(quotes.hasPrefix("date,actor,speaker,kind,quote,"))
        #expect(quotes.contains(",Hélène Brévan,"))
    }

    @Test("--excel writes a UTF-8 byte-order mark and semicolons, quoting a field that holds one")
    func excelCSV() throws {
        try addArticle()
        let csv = try parole(["quotes"] + library + ["--format", "csv", "--excel"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(Array(csv.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.stdout.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("date;actor;speaker;kind;quote;"))
        #expect(text.contains("\"Nous irons jusqu'au bout ; rien ne change\""))
        #expect(text.hasSuffix("\r\n"))
        let stats = try parole(["stats"] + library + ["--format", "csv", "--excel"])
        #expect(Array(stats.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: stats.stdout.dropFirst(3), as: UTF8.self).hasPrefix(
                "section;key;quotes;speakers\r\n"))
    }

    @Test("--excel with --delimiter , keeps commas for an English-locale spreadsheet; tab is accepted")
    func explicitDelimiter() throws {
        try addArticle()
        let comma = try parole(["quotes"] + library + ["--format", "csv", "--excel", "--delimiter", ","])
        #expect(Array(comma.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: comma.stdout.dropFirst(3), as: UTF8.self).hasPrefix("date,actor,"))
        let tab = try parole(["quotes"] + library + ["--format", "csv", "--delimiter", "tab"])
        #expect(tab.output.hasPrefix("date\tactor\t"))
    }

    @Test("--excel or --delimiter without --format csv is a usage error, not ignored")
    func csvOptionsNeedCSV() throws {
        try addArticle()
        let result = try parole(["quotes"] + library + ["--excel"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format csv"))
        #expect(try parole(["stats"] + library + ["--format", "json", "--delimiter", ";"]).status == 64)
    }

    @Test("a negative or zero --limit or --top is a usage error, not 'no limit'")
    func limitsAreChecked() throws {
        try addArticle()
        for arguments in [
            ["quotes", "--limit=-5"], ["quotes", "--limit", "0"], ["stats", "--top=-3"],
            ["stats", "--top", "0"],
        ] {
            let result = try parole([arguments[0]] + library + Array(arguments.dropFirst()))
            #expect(result.status == 64, "\(arguments)")
        }
    }
}
