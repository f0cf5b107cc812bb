import Foundation
import Testing

/// `parole correct`, `parole corrections`, `parole export --gold` and `parole stats`, run as a
/// user would.
@Suite final class CorrectionCommandTests: ScratchSuite {
    static let article = """
        Moscou répond à Bruxelles
        « Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.
        La ministre Anne Lemaire a estimé que la discussion restait ouverte.
        « Les sanctions sont prêtes », a-t-elle ajouté.

        """

    /// A library holding the article; returns the `--library` arguments.
    func library(_ name: String = "lib.sqlite") throws -> [String] {
        try Data(Self.article.utf8).write(to: scratch.url.appendingPathComponent("moscou.txt"))
        let added = try parole(["add", "--library", name, "moscou.txt"])
        #expect(added.status == 0, "\(added.stderr)")
        return ["--library", name]
    }

    func quotesJSON(_ library: [String]) throws -> [[String: Any]] {
        let result = try parole(["quotes"] + library + ["--format", "json"])
        return try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]] ?? []
    }

    @Test func theQuoteListingNamesTheActorAndTheWordsThatStandForIt() throws {
        let library = try library()
        let listed = try parole(["correct"] + library + ["moscou.txt"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.output.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("1. [direct] Dmitri Peskov: « Nous ne céderons pas »") }, "\(lines)"
        )
        // The speaker phrase "La ministre Anne Lemaire" is listed as the actor it stands for.
        #expect(lines.contains { $0.hasPrefix("2. [indirect] Anne Lemaire") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("- Dmitri Peskov (person, 1 quote)") }, "\(lines)")
    }

    @Test func aCorrectionThatCannotBeMadeSaysWhyWithoutBlamingTheLibrary() throws {
        let library = try library()
        let count = try quotesJSON(library).count
        let quote = try parole(["correct"] + library + ["1", "--quote", "99", "--speaker", "Paul Martin"])
        #expect(quote.status != 0)
        #expect(quote.errorLines == ["parole: article 1 has \(count) quotes; no quote 99"], "\(quote.stderr)")
        let actor = try parole(
            ["correct"] + library + ["1", "--merge", "Personne", "--into", "Dmitri Peskov"])
        #expect(actor.errorLines.count == 1 && !actor.stderr.contains("lib.sqlite"), "\(actor.stderr)")
        let article = try parole(["correct"] + library + ["42", "--not-quote", "--quote", "1"])
        #expect(article.status != 0 && !article.stderr.contains("library lib.sqlite"), "\(article.stderr)")
    }

    @Test func choosingTheSpeakerTheAnalysisChoseSaysItConfirmsIt() throws {
        let library = try library()
        let confirmed = try parole(
            ["correct"] + library + ["moscou.txt", "--quote", "1", "--speaker", "Dmitri Peskov"])
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(
            confirmed.output
                == "quote 1 « Nous ne céderons pas » was already said by Dmitri Peskov; kept so against a new analysis\n"
        )
        #expect(try parole(["corrections", "list"] + library).output.contains("said by Dmitri Peskov"))
    }

    @Test func anEmptyListOfQuotesNamesTheFiltersThatEmptiedIt() throws {
        let library = try library()
        let none = try parole(
            ["quotes"] + library + ["--actor", "Peskov", "--since", "2030", "--site", "local"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.output == "no quotes by Peskov of local since 2030\n")
        let citation = try parole(["quotes"] + library + ["--until", "1990-01", "--format", "citation"])
        #expect(citation.output == "no quotes until 1990-01\n")
    }

    @Test func undoRemovesTheLastCorrectionAndGivesTheAnalysisBack() throws {
        let library = try library()
        let before = try parole(["quotes"] + library + ["--format", "json"]).output
        #expect(
            try parole(["correct"] + library + ["moscou.txt", "--quote", "1", "--not-quote"]).status == 0)
        #expect(
            try parole(["correct"] + library + ["moscou.txt", "--quote", "1", "--speaker", "X Y"]).status == 0
        )
        let undone = try parole(["corrections", "undo"] + library + ["--article", "moscou.txt"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.output.hasPrefix("undone: 2\t"), "\(undone.output)")
        #expect(undone.output.contains("said by X Y — article 1, "), "\(undone.output)")
        #expect(try parole(["corrections", "undo"] + library).output.contains("is not a quote"))
        #expect(try parole(["quotes"] + library + ["--format", "json"]).output == before)
        let none = try parole(["corrections", "undo"] + library)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no correction to undo"), "\(none.stderr)")
    }

    @Test func aCorrectedSpeakerIsListedAndTravelsAsJSONLines() throws {
        let library = try library()
        let before = try quotesJSON(library)
        #expect(before.count >= 2)
        let corrected = try parole(
            ["correct"] + library + ["moscou.txt", "--quote", "1", "--speaker", "Anne Lemaire"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.output.contains("is now said by Anne Lemaire"))
        let after = try quotesJSON(library)
        let first = try #require(after.first { ($0["text"] as? String) == "Nous ne céderons pas" })
        #expect(first["actor"] as? String == "Anne Lemaire")

        let list = try parole(["corrections", "list"] + library)
        #expect(list.output.contains("« Nous ne céderons pas » said by Anne Lemaire"))
        // The article's number, as `correct` and `quotes --article` take it.
        #expect(list.output.contains("Anne Lemaire — article 1, "), "\(list.output)")
        let exported = try parole(["corrections", "export"] + library)
        let line = try #require(exported.output.split(separator: "\n").first)
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["decision"] as? String == "speaker")
        #expect(object?["quoteText"] as? String == "Nous ne céderons pas")

        // Another library of the same article takes the corrections.
        let other = try self.library("other.sqlite")
        let imported = try parole(["corrections", "import"] + other + ["-"], input: exported.stdout)
        #expect(imported.output.hasPrefix("imported 1, already there 0"), "\(imported.stderr)")
        let otherFirst = try quotesJSON(other).first { ($0["text"] as? String) == "Nous ne céderons pas" }
        #expect(otherFirst?["actor"] as? String == "Anne Lemaire")
    }

    @Test func addingAnEditedArticleReportsACorrectionItCannotPlace() throws {
        let library = try library()
        _ = try parole(["correct"] + library + ["moscou.txt", "--quote", "1", "--speaker", "Anne Lemaire"])
        let edited = Self.article.replacingOccurrences(of: "Nous ne céderons pas", with: "Nous verrons bien")
        try Data(edited.utf8).write(to: scratch.url.appendingPathComponent("moscou.txt"))
        let added = try parole(["add"] + library + ["moscou.txt"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.output.hasPrefix("added 0, updated 1"))
        #expect(added.stderr.contains("cannot be placed in the new analysis"))
        #expect(added.stderr.contains("Nous ne céderons pas"))
        let unplaced = try parole(["corrections", "list", "--unplaced"] + library)
        #expect(unplaced.output.contains("[unplaced]"))
    }

    @Test func markingAQuoteAsNoneSaysThatTheLaterQuotesMoveUpOneNumber() throws {
        let library = try library()
        let count = try quotesJSON(library).count
        #expect(count >= 2)
        let marked = try parole(["correct"] + library + ["moscou.txt", "--quote", "1", "--not-quote"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(
            marked.output
                == "quote 1 is no longer a quote; the article has \(count - 1) (quotes 1–\(count - 1) are those after it, one number less)\n"
        )
        let last = try parole(
            ["correct"] + library + ["moscou.txt", "--quote", "\(count - 1)", "--not-quote"])
        #expect(last.output == "quote \(count - 1) is no longer a quote; the article has \(count - 2)\n")
    }

    @Test func badCorrectionsAreOneLineErrors() throws {
        let library = try library()
        let noQuote = try parole(["correct"] + library + ["moscou.txt", "--quote", "99", "--speaker", "X"])
        #expect(noQuote.status == 1)
        #expect(noQuote.errorLines.count == 1)
        #expect(noQuote.stderr.contains("no quote 99"))
        let noArticle = try parole(["correct"] + library + ["nowhere.txt", "--quote", "1", "--not-quote"])
        #expect(noArticle.status == 1)
        #expect(noArticle.stderr.contains("no article nowhere.txt"))
        let both = try parole(
            ["correct"] + library + ["moscou.txt", "--quote", "1", "--not-quote", "--speaker", "X"])
        #expect(both.status != 0)
        let badImport = try parole(["corrections", "import"] + library + ["-"], input: Data("{nope\n".utf8))
        #expect(badImport.status == 1)
        #expect(badImport.stderr.contains("-:1: not a correction"))
        let missing = try parole(["corrections", "import"] + library + ["nowhere.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.errorLines == ["parole: nowhere.jsonl: no such file or directory"])
        let directory = try parole(["corrections", "import"] + library + ["."])
        #expect(directory.errorLines == ["parole: .: is a directory"])
    }

    @Test func theGoldExportIsReadByTheScorer() throws {
        let library = try library()
        _ = try parole(["correct"] + library + ["moscou.txt", "--quote", "1", "--speaker", "Anne Lemaire"])
        let written = try parole(["export"] + library + ["--gold", "gold"])
        #expect(written.status == 0, "\(written.stderr)")
        let gold = scratch.url.appendingPathComponent("gold")
        let text = try String(contentsOf: gold.appendingPathComponent("moscou.txt"), encoding: .utf8)
        #expect(text == Self.article)
        let data = try Data(contentsOf: gold.appendingPathComponent("moscou.gold.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["id"] as? String == "moscou")
        #expect(object["lang"] as? String == "fr")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.first?["text"] as? String == "Nous ne céderons pas")
        #expect((quotes.first?["speaker"] as? [String])?.first == "Anne Lemaire")
        for quote in quotes {
            #expect(text.contains(quote["text"] as? String ?? "\u{0}"))
            #expect(quote["kind"] is String)
        }
        // Quotes nobody attributed are counted in the summary, as score.py counts them wrong.
        let unattributed = quotes.filter { ($0["speaker"] as? [String])?.isEmpty ?? true }.count
        #expect(written.output.contains("no speaker") == (unattributed > 0))
        if unattributed > 0 { #expect(written.output.contains("\(unattributed) quote")) }
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            #expect(["PER", "ORG", "LOC", "MISC"].contains(entity["type"] as? String ?? ""))
        }
        // Writing again into a directory that holds files is refused: nothing is overwritten.
        let again = try parole(["export"] + library + ["--gold", "gold"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("not empty"))

        // The scorer reads it, when Python and the scorer are at hand.
        let scorer = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/eval/score.py").standardized
        guard FileManager.default.fileExists(atPath: scorer.path),
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            }), let parole = ParoleProcess.executable
        else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scorer.path, gold.path, "--json", "--", parole.path, "analyze"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let figures = try JSONSerialization.jsonObject(with: output) as? [String: Any]
        #expect(figures?["articles"] as? Int == 1)
        // The machine's analysis gave the first quote to Peskov; the gold file says otherwise.
        #expect((figures?["speaker_accuracy"] as? Double ?? 1) < 1)
        #expect(figures?["entity_f1"] as? Double == 1)
    }

    @Test func statsPrintTheJSONShapeOfTheIssue() throws {
        let library = try library()
        let result = try parole(["stats"] + library + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        for key in ["quotes", "by_type", "people", "top", "by_month", "by_site"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let byType = try #require(object["by_type"] as? [String: Int])
        #expect(Set(byType.keys).isSuperset(of: ["person", "organisation", "anonymous", "document"]))
        #expect(object["quotes"] as? Int == (try quotesJSON(library).count))
        let text = try parole(["stats"] + library)
        #expect(text.output.contains("Quoted people"))
        let csv = try parole(["stats"] + library + ["--format", "csv"])
        #expect(csv.output.hasPrefix("section,key,quotes,speakers\r\n"))
    }
}
