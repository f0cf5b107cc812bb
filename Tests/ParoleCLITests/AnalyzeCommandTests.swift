import Foundation
import ParoleKit
import Testing

/// `parole analyze` run as a process: output formats, and every kind of bad input.
@Suite(.enabled(if: ParoleProcess.executable != nil, "the parole executable is not built next to the tests"))
struct AnalyzeCommandTests {
    let article = "Sommet à Bruxelles\n« Nous sommes prêts », a déclaré Mme Dupont.\n"

    func analysis(_ data: Data) throws -> Analysis { try AnalysisJSON.decode(data) }

    @Test func versionNamesTheAnalysisVersionAndHelpSaysHowToOpenTheReader() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let version = try ParoleProcess.run(["--version"], in: dir.url)
        #expect(version.status == 0)
        #expect(version.output == "parole, analysis \(AnalysisVersion.current)\n")
        let help = try ParoleProcess.run(["--help"], in: dir.url)
        #expect(help.output.contains("parole FILE|DIR|URL... opens the reader"))
    }

    @Test func aSubcommandsUsageErrorNamesItAsItIsTyped() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let stats = try ParoleProcess.run(["stats", "--library", "x.sqlite", "--since", "hier"], in: dir.url)
        #expect(stats.status == 64)
        #expect(stats.errorLines.first == "Error: --since hier: not a date (use yyyy-mm-dd, yyyy-mm or yyyy)")
        #expect(stats.stderr.contains("Usage: parole stats "))
        #expect(stats.stderr.contains("See 'parole stats --help'"))
        let remove = try ParoleProcess.run(["corrections", "remove"], in: dir.url)
        #expect(remove.stderr.contains("Usage: parole corrections remove "))
        let limit = try ParoleProcess.run(["read", "--limit", "0"], in: dir.url)
        #expect(limit.errorLines.first == "Error: --limit must be at least 1")
    }

    @Test func aSinceLaterThanItsUntilIsAUsageErrorOfEveryCommandThatTakesBoth() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        for command in ["actors", "export", "list", "quotes", "stats"] {
            let result = try ParoleProcess.run(
                [command, "--library", "x.sqlite", "--since", "2012-08", "--until", "2012-07-31"], in: dir.url
            )
            #expect(result.status == 64, "\(command)")
            #expect(
                result.errorLines.first
                    == "Error: --since 2012-08 is not before --until 2012-07-31: no article is in that range",
                "\(command): \(result.stderr)")
        }
        let sameMonth = try ParoleProcess.run(
            ["list", "--library", "x.sqlite", "--since", "2012-07", "--until", "2012-07"], in: dir.url)
        #expect(sameMonth.status != 64, "\(sameMonth.stderr)")
    }

    @Test func printsOneJSONDocumentForOneArticle() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("sommet.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "sommet.txt"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let decoded = try analysis(result.stdout)
        #expect(decoded.id == "sommet")
        #expect(decoded.title == "Sommet à Bruxelles")
        #expect(decoded.text == article)
        #expect(decoded.paragraphs == [Span(0, 18), Span(19, 63)])
    }

    @Test func printsAJSONArrayForSeveralArticlesAndOneLinePerArticleInJSONL() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("a.txt", text: "Premier\nTexte.\n")
        try dir.write("b.txt", text: "Second\nTexte.\n")
        try dir.write("c.txt", text: "Troisième\nTexte.\n")
        let json = try ParoleProcess.run(
            ["analyze", "--format", "json", "a.txt", "b.txt", "c.txt"], in: dir.url)
        #expect(json.status == 0)
        let array = try JSONDecoder().decode([Analysis].self, from: json.stdout)
        #expect(array.map(\.id) == ["a", "b", "c"])
        let jsonl = try ParoleProcess.run(
            ["analyze", "--format", "jsonl", "a.txt", "b.txt", "c.txt"], in: dir.url)
        let lines = jsonl.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(try lines.map { try analysis(Data($0.utf8)).title } == ["Premier", "Second", "Troisième"])
    }

    @Test func readsTheTextFilesOfADirectoryInNameOrder() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("articles/b.txt", text: "B\n")
        try dir.write("articles/a.txt", text: "A\n")
        try dir.write("articles/notes.md", text: "ignored\n")
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "articles"], in: dir.url)
        #expect(result.status == 0)
        #expect(
            try result.output.split(separator: "\n").map { try analysis(Data($0.utf8)).id } == ["a", "b"])
    }

    @Test func readsStandardInputForADash() throws {
        let result = try ParoleProcess.run(
            ["analyze", "-f", "jsonl", "-"], input: Data(article.utf8),
            in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(try analysis(result.stdout).text == article)
    }

    @Test func printsQuotesThenActorsInTextFormat() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("sommet.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "--format", "text", "sommet.txt"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# Sommet à Bruxelles\n"))
        let quotes = try #require(result.output.range(of: "Quotes ("))
        let actors = try #require(result.output.range(of: "Actors ("))
        #expect(quotes.lowerBound < actors.lowerBound)
    }

    @Test func reportsAMissingFileInOneLineAndGoesOnWithTheOthers() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("good.txt", text: article)
        let result = try ParoleProcess.run(
            ["analyze", "-f", "jsonl", "missing.txt", "good.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines == ["parole: missing.txt: no such file or directory"])
        #expect(try analysis(result.stdout).id == "good")
    }

    @Test func reportsADirectoryWithoutArticles() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("empty/readme.md", text: "nothing\n")
        try dir.write("good.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "empty", "good.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("parole: empty: ") == true)
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test(.disabled(if: geteuid() == 0, "root can read any file"))
    func reportsAnUnreadableFileAndGoesOnWithTheOthers() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let locked = try dir.write("locked.txt", text: article)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        try dir.write("good.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "locked.txt", "good.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines == ["parole: locked.txt: permission denied"])
        #expect(try analysis(result.stdout).id == "good")
    }

    @Test func readsInvalidUTF8AsWindows1252WithAWarning() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        // "Été\n« Oui », a dit l’élu." in Windows-1252.
        try dir.write(
            "latin.txt",
            [0xC9, 0x74, 0xE9, 0x0A, 0xAB, 0x20, 0x4F, 0x75, 0x69, 0x20, 0xBB, 0x2C, 0x20, 0x61, 0x20]
                + [0x64, 0x69, 0x74, 0x20, 0x6C, 0x92, 0xE9, 0x6C, 0x75, 0x2E, 0x0A])
        let result = try ParoleProcess.run(["analyze", "latin.txt"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.errorLines == ["parole: warning: latin.txt: not valid UTF-8; read as Windows-1252"])
        let decoded = try analysis(result.stdout)
        #expect(decoded.text == "Été\n« Oui », a dit l’élu.\n")
        #expect(decoded.title == "Été")
    }

    @Test func refusesBinaryDataAndGoesOnWithTheOthers() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try dir.write("good.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "image.txt", "good.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines == ["parole: image.txt: binary data (NUL bytes), not a text article"])
        #expect(try analysis(result.stdout).id == "good")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func refusesAnEndlessStreamOfNULBytesWithoutReadingItToTheEnd() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("good.txt", text: article)
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "/dev/zero", "good.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines == ["parole: /dev/zero: binary data (NUL bytes), not a text article"])
        #expect(try analysis(result.stdout).id == "good")
    }

    @Test func refusesBinaryDataOnStandardInput() throws {
        let result = try ParoleProcess.run(
            ["analyze", "-"], input: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]),
            in: FileManager.default.temporaryDirectory)
        #expect(result.status != 0)
        #expect(result.errorLines == ["parole: -: binary data (NUL bytes), not a text article"])
        #expect(result.stdout.isEmpty)
    }

    @Test func anEmptyFileIsAnErrorInEveryFormatWithNothingOnStandardOutput() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try dir.write("empty.txt", [UInt8]())
        try dir.write("blank.txt", Array(" \r\n\t\n".utf8))
        for format in ["json", "jsonl", "text"] {
            for name in ["empty.txt", "blank.txt"] {
                let result = try ParoleProcess.run(["analyze", "--format", format, name], in: dir.url)
                #expect(result.status == 1, "\(format) \(name)")
                #expect(result.errorLines == ["parole: \(name): empty, no article in it"], "\(format)")
                #expect(result.stdout.isEmpty, "\(format) \(name): \(result.output)")
            }
        }
        let stdin = try ParoleProcess.run(["analyze", "-"], in: dir.url)
        #expect(stdin.status == 1)
        #expect(stdin.errorLines == ["parole: -: empty, no article in it"])
        #expect(stdin.stdout.isEmpty)
    }

    @Test func anEmptyTextInTheBatchIsAnErrorLineLikeAnEmptyPage() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let input = Data(
            "{\"id\": \"a\", \"text\": \"\"}\n{\"id\": 7, \"text\": \" \\n \"}\n{\"id\": \"b\", \"text\": \"Il a dit que non.\"}\n"
                .utf8)
        let result = try ParoleProcess.run(["analyze", "--jsonl"], input: input, in: dir.url)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == #"{"error":"empty, no article in it","id":"a"}"#)
        #expect(lines.dropFirst().first == #"{"error":"empty, no article in it","id":7}"#)
        #expect(lines.last?.contains(#""id":"b""#) == true)
        #expect(
            result.errorLines == [
                "parole: line 1: empty, no article in it", "parole: line 2: empty, no article in it",
            ])
    }

    /// Sizes stay small so that `swift test` (a debug build) stays fast; the 1 MB line and the
    /// 50 MB article are checked on the release build by `scripts/bench-large-input`.
    @Test func analysesALongLineAndAFileOfManyLines() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let sentence = "« Nous sommes prêts », a déclaré Mme Dupont selon l’AFP. "
        let line = String(repeating: sentence, count: 64_000 / sentence.utf8.count)
        let paragraphs = 256_000 / (sentence.utf8.count + 1)
        try dir.write("line.txt", text: line + "\n")
        try dir.write("big.txt", text: String(repeating: sentence + "\n", count: paragraphs))
        let result = try ParoleProcess.run(["analyze", "-f", "jsonl", "line.txt", "big.txt"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 2)
        #expect(try analysis(Data(lines[0])).paragraphs.count == 1)
        #expect(try analysis(Data(lines[1])).paragraphs.count == paragraphs)
    }

    @Test func exitsNonZeroWhenEveryFileFails() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let result = try ParoleProcess.run(["analyze", "a.txt", "b.txt"], in: dir.url)
        #expect(result.status != 0)
        #expect(result.errorLines.count == 2)
        #expect(result.stdout.isEmpty)
    }
}
