import Foundation
import Testing

/// `parole search` and `parole actors` output a reader can trust: one line per snippet, a
/// failing status when nothing matches, singular counts.
@Suite final class SearchAndActorsOutputTests: ScratchSuite {
    /// Writes `text` as article.txt, adds it to lib.sqlite and returns the `--library` arguments.
    func library(holding text: String) throws -> [String] {
        try scratch.write("article.txt", text: text)
        let library = ["--library", "lib.sqlite"]
        let added = try ParoleProcess.run(["add"] + library + ["article.txt"], in: scratch.url)
        #expect(added.status == 0, "\(added.stderr)")
        return library
    }

    @Test func searchSnippetsAreOneLineAndNoMatchFails() throws {
        let library = try library(
            holding:
                "Moscou répond\nLe Kremlin a réagi.\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\nLa suite\nde l'article.\n"
        )
        let found = try ParoleProcess.run(["search"] + library + ["céderons"], in: scratch.url)
        #expect(found.status == 0)
        let lines = found.output.split(separator: "\n")
        #expect(lines.count == 2, "\(found.output)")
        #expect(lines.last?.hasPrefix("\t") == true)
        let none = try ParoleProcess.run(["search"] + library + ["zzzqqq"], in: scratch.url)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no article matches zzzqqq"))
        let actors = try ParoleProcess.run(["actors"] + library, in: scratch.url)
        let peskov = actors.output.split(separator: "\n").first { $0.contains("Dmitri Peskov") }
        #expect(peskov?.contains("1 quote ") == true, "\(actors.output)")
        #expect(peskov?.contains("1 article ") == true, "\(actors.output)")
        #expect(peskov?.contains("1 articles") == false)
    }

    @Test func aSearchWithoutWordsAndTopZeroAreUsageErrorsNotEmptyAnswers() throws {
        let library = try library(
            holding: "Moscou répond\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\n")
        for query in ["", "  ", "«»", "\""] {
            let search = try ParoleProcess.run(["search"] + library + [query], in: scratch.url)
            #expect(search.status == 64, "\(query)")
            #expect(
                search.stderr.contains("search needs at least one word (letters or digits)"),
                "\(search.stderr)")
            #expect(!search.stderr.contains("no article matches"))
            let read = try ParoleProcess.run(["read"] + library + ["--search", query], in: scratch.url)
            #expect(read.status == 64, "\(query)")
            #expect(read.stderr.contains("--search needs at least one word"), "\(read.stderr)")
        }
        let top = try ParoleProcess.run(["actors"] + library + ["--top", "0"], in: scratch.url)
        #expect(top.status == 64)
        #expect(top.stderr.contains("--top must be at least 1"), "\(top.stderr)")
        #expect(!top.output.contains("no actors"))
        // A negative count reaches the check instead of "Missing value for '--top'".
        for (arguments, message) in [
            (["actors", "--top", "-1"], "--top must be at least 1"),
            (["list", "--limit", "-5"], "--limit must be at least 1"),
            (["quotes", "--limit", "-3"], "--limit must be at least 1"),
            (["search", "--limit", "0", "Peskov"], "--limit must be at least 1"),
            (["search", "--limit", "-2", "Peskov"], "--limit must be at least 1"),
            (["stats", "--top", "-1"], "--top must be at least 1"),
        ] {
            let result = try ParoleProcess.run(
                [arguments[0]] + library + Array(arguments.dropFirst()), in: scratch.url)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"), "\(arguments)")
        }
    }

    @Test func reportedSpeechIsNeverPrintedBetweenGuillemetsAsIfItWereTheExactWords() throws {
        let library = try library(
            holding:
                "Moscou répond\n« Nous ne céderons pas », a déclaré Dmitri Peskov.\nLe ministre Sergueï Lavrov a affirmé que la Russie resterait ferme.\n"
        )
        let analyzed = try ParoleProcess.run(["analyze", "--format", "text", "article.txt"], in: scratch.url)
        let listed = try ParoleProcess.run(["quotes"] + library, in: scratch.url)
        // A file has no date: the date column says so.
        #expect(listed.output.hasPrefix("undated     "), "\(listed.output)")
        let corrected = try ParoleProcess.run(["correct"] + library + ["1"], in: scratch.url)
        for output in [analyzed.output, listed.output, corrected.output] {
            let lines = output.split(separator: "\n")
            let direct = lines.first { $0.contains("[direct]") }
            let indirect = lines.first { $0.contains("[indirect]") }
            #expect(direct?.contains("« Nous ne céderons pas »") == true, "\(output)")
            #expect(indirect?.contains("la Russie resterait ferme") == true, "\(output)")
            #expect(indirect?.contains("«") == false, "\(output)")
        }
    }

    @Test func quotesAsCitationsAreWhatTheReaderCopies() throws {
        let library = try library(
            holding:
                "Moscou répond\n« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.\nLe ministre Sergueï Lavrov a affirmé que la Russie resterait ferme.\n"
        )
        let cited = try ParoleProcess.run(["quotes", "--format", "citation"] + library, in: scratch.url)
        #expect(cited.status == 0, "\(cited.stderr)")
        let lines = cited.output.split(separator: "\n").map(String.init)
        let direct = lines.first { $0.hasPrefix("« Nous ne céderons pas », a déclaré Dmitri Peskov") }
        #expect(direct?.contains("porte-parole du Kremlin — ") == true, "\(cited.output)")
        // An article added from a file is cited by its title, never by its local path.
        #expect(direct?.hasSuffix("porte-parole du Kremlin — Moscou répond") == true, "\(cited.output)")
        #expect(!cited.output.contains("article.txt"), "\(cited.output)")
        let reported = lines.first { $0.hasPrefix("la Russie resterait ferme (Sergueï Lavrov") }
        #expect(reported != nil, "\(cited.output)")
    }

    @Test func citationsLoadedInSmallBatchesAreTheSameAsInOneBatch() throws {
        let texts = [
            "Moscou répond\n« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.\n",
            "Kiev\n« La situation est calme », a affirmé Dmitri Peskov lundi.\nLe ministre Sergueï Lavrov a affirmé que la Russie resterait ferme.\n",
            "Paris\n« Nous verrons demain », a dit Anne Laurent, maire de la ville.\n",
        ]
        for (number, text) in texts.enumerated() { try scratch.write("a\(number).txt", text: text) }
        let library = ["--library", "lib.sqlite"]
        let added = try ParoleProcess.run(
            ["add"] + library + ["a0.txt", "a1.txt", "a2.txt"], in: scratch.url)
        #expect(added.status == 0, "\(added.stderr)")
        let whole = try ParoleProcess.run(["quotes", "--format", "citation"] + library, in: scratch.url)
        let batched = try ParoleProcess.run(
            ["quotes", "--format", "citation", "--citation-batch-size", "1"] + library, in: scratch.url)
        #expect(batched.status == 0, "\(batched.stderr)")
        #expect(whole.output.split(separator: "\n").count == 4, "\(whole.output)")
        #expect(batched.output == whole.output)
    }

    @Test func readActorSharedByTwoPeopleIsLabelledAsTypedNotWithOneOfThem() throws {
        try scratch.write(
            "jean.txt", text: "Lyon\n« Nous verrons demain », a dit Jean Laurent, maire de la ville.\n")
        try scratch.write("anne.txt", text: "Paris\n« Rien ne change », a affirmé Anne Laurent, préfète.\n")
        let library = ["--library", "lib.sqlite"]
        let added = try ParoleProcess.run(["add"] + library + ["jean.txt", "anne.txt"], in: scratch.url)
        #expect(added.status == 0, "\(added.stderr)")
        let read = try ParoleProcess.run(
            ["read"] + library + ["--actor", "Laurent", "--render", "100x30"], in: scratch.url)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.output.contains("actor: Laurent"), "\(read.output)")
        #expect(!read.output.contains("actor: Anne Laurent"), "\(read.output)")
        #expect(!read.output.contains("actor: Jean Laurent"), "\(read.output)")
    }
}
