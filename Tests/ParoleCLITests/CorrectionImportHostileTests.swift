import Foundation
import Testing

/// `parole corrections import` on files that are malformed, huge, from another library, or
/// about quotes a new analysis no longer has: one clear line each, nothing lost, no crash.
@Suite final class CorrectionImportHostileTests: ScratchSuite {
    static let article = """
        Grève à l'usine de Tourcoing
        « Nous resterons ici jusqu'à la fin du mois », a déclaré Lucie Marchand, déléguée syndicale.
        Le directeur Hervé Colin a assuré que le site ne fermerait pas.

        """

    /// A library holding the article, with one speaker correction; returns `--library` and
    /// that correction as a JSON object.
    func library() throws -> (arguments: [String], correction: [String: Any]) {
        try Data(Self.article.utf8).write(to: scratch.url.appendingPathComponent("usine.txt"))
        let arguments = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + arguments + ["usine.txt"]).status == 0)
        let corrected = try parole(
            ["correct"] + arguments + ["usine.txt", "--quote", "1", "--speaker", "Hervé Colin"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let exported = try parole(["corrections", "export"] + arguments)
        let line = try #require(exported.output.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return (arguments, object)
    }

    func line(_ object: [String: Any]) throws -> String {
        String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            as: UTF8.self)
    }

    func corrections(_ arguments: [String]) throws -> String {
        try parole(["corrections", "list"] + arguments).output
    }

    @Test func aMalformedLineNamesItsLineAndWhyAndNothingIsImported() throws {
        let (arguments, good) = try library()
        let before = try corrections(arguments)
        var other = good
        other["speaker"] = "Lucie Marchand"
        var noHash = good
        noHash.removeValue(forKey: "hash")
        var badDecision = good
        badDecision["decision"] = "maybe"
        var longName = good
        longName["speaker"] = String(repeating: "A", count: 5_000)
        var escape = good
        escape["speaker"] = "X\u{1B}[2J"
        var noSpeaker = good
        noSpeaker.removeValue(forKey: "speaker")
        var backwards = good
        backwards["quoteStart"] = 50
        backwards["quoteEnd"] = 10
        var badDate = good
        badDate["createdAt"] = "hier"
        // One character of about 400 KB: "a" and 200,000 combining acute accents.
        var heavy = good
        heavy["speaker"] = "a" + String(repeating: "\u{301}", count: 200_000)
        var separator = good
        separator["speaker"] = "Jean\u{2028}Dupont"
        var paragraph = good
        paragraph["actor"] = "Jean\u{2029}Dupont"
        var invisible = good
        invisible["speaker"] = "Jean\u{200B}Dupont"
        // Each bad line after a good one and a blank line: line 3 is the bad one.
        let cases: [(String, String)] = [
            ("{nope", "not a JSON object"), ("[1, 2]", "not a JSON object"),
            (try line(noHash), "no \"hash\""),
            (try line(badDecision), "\"decision\" has a value it cannot take"),
            (try line(longName), "\"speaker\" is longer than 200 characters"),
            (try line(escape), "\"speaker\" holds a line break, a control or a format character"),
            (try line(heavy), "\"speaker\" is longer than 800 bytes of UTF-8"),
            (try line(separator), "\"speaker\" holds a line break, a control or a format character"),
            (try line(paragraph), "\"actor\" holds a line break, a control or a format character"),
            (try line(invisible), "\"speaker\" holds a line break, a control or a format character"),
            (try line(noSpeaker), "a speaker correction needs \"speaker\""),
            (try line(backwards), "\"quoteEnd\" is before \"quoteStart\""),
            (try line(badDate), "\"createdAt\" has a value it cannot take"),
        ]
        for (bad, reason) in cases {
            let file = try line(other) + "\n\n" + bad + "\n"
            let result = try parole(["corrections", "import"] + arguments + ["-"], input: Data(file.utf8))
            #expect(result.status == 1)
            #expect(
                result.errorLines == [
                    "parole: -:3: not a correction: \(reason) (see `parole corrections export`); nothing imported"
                ], "\(bad.prefix(40))")
            #expect(try corrections(arguments) == before)
        }
        let binary = try parole(
            ["corrections", "import"] + arguments + ["-"], input: Data([0xFF, 0xFE, 0x00, 0x41, 0x0A]))
        #expect(binary.status == 1)
        #expect(binary.errorLines.count == 1)
    }

    @Test func aCorrectionOfAnotherLibrarysArticleWaitsAndChangesNothingHere() throws {
        let (arguments, good) = try library()
        let quotes = try parole(["quotes"] + arguments + ["--format", "json"]).output
        var foreign = good
        foreign["source"] = "https://ailleurs.example/article"
        foreign["hash"] = "0123456789abcdef"
        let result = try parole(
            ["corrections", "import"] + arguments + ["-"], input: Data((try line(foreign) + "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.output.hasPrefix("imported 1, already there 0, waiting for their article 1, unplaced 0"))
        #expect(try parole(["quotes"] + arguments + ["--format", "json"]).output == quotes)
    }

    @Test func correctionsOfQuotesTheArticleNoLongerHasAreKeptAndCountedNotListedOneByOne() throws {
        let (arguments, good) = try library()
        var lines: [String] = []
        for number in 0..<25 {
            var gone = good
            gone["quoteText"] = "Des mots que l'article n'a jamais contenus, numéro \(number)"
            lines.append(try line(gone))
        }
        let file = Data((lines.joined(separator: "\n") + "\n").utf8)
        let result = try parole(["corrections", "import"] + arguments + ["-"], input: file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.output.hasPrefix("imported 25, already there 0, waiting for their article 0, unplaced 25"))
        #expect(result.errorLines.count == 11, "\(result.errorLines)")
        #expect(result.errorLines.last?.contains("15 more corrections cannot be placed") == true)
        let unplaced = try parole(["corrections", "list", "--unplaced"] + arguments).output
        #expect(unplaced.split(separator: "\n").count == 25)
        // The correction made here still holds, and the same file again adds nothing.
        let quotes = try parole(["quotes"] + arguments).output
        #expect(quotes.contains("Hervé Colin [direct]"), "\(quotes)")
        let again = try parole(["corrections", "import"] + arguments + ["-"], input: file)
        #expect(again.output.hasPrefix("imported 0, already there 25"))
    }

    @Test func aSpeakerNameMustBeOneShortLine() throws {
        let (arguments, _) = try library()
        let long = try parole(
            ["correct"] + arguments + [
                "usine.txt", "--quote", "1", "--speaker", String(repeating: "B", count: 201),
            ])
        #expect(long.status == 1)
        #expect(long.errorLines.count == 1)
        #expect(long.stderr.contains("a speaker's name is longer than 200 characters"))
        // One character, but 10 KB stored: the bytes are bounded too.
        let heavy = try parole(
            ["correct"] + arguments + [
                "usine.txt", "--quote", "1", "--speaker", "B" + String(repeating: "\u{301}", count: 5_000),
            ])
        #expect(heavy.status == 1)
        #expect(heavy.errorLines.count == 1)
        #expect(heavy.stderr.contains("a speaker's name is longer than 800 bytes of UTF-8"))
        for name in ["A\u{7}B", "Jean\u{2028}Dupont", "Jean\u{2029}Dupont", "Jean\u{AD}Dupont"] {
            let refused = try parole(
                ["correct"] + arguments + ["usine.txt", "--quote", "1", "--speaker", name])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("holds a line break, a control or a format character"))
        }
        #expect(try corrections(arguments).split(separator: "\n").count == 1)
    }

    @Test func theReadersEditRefusesTheSameNamesOnItsStatusLine() throws {
        let (arguments, _) = try library()
        let before = try corrections(arguments)
        let cases = [
            (
                "B" + String(repeating: "\u{301}", count: 5_000),
                "A speaker's name is longer than 800 bytes of UTF-8"
            ),
            ("Jean\u{2028}Dupont", "A speaker's name holds a line break, a control or a format character"),
        ]
        for (name, message) in cases {
            // Open the article, go to its first quote, edit its speaker: the typed name replaces it.
            let frame = try parole(
                arguments + ["--render", "120x20", "--keys", "Enter n e C-u \(name) Enter"])
            #expect(frame.status == 0, "\(frame.stderr)")
            #expect(frame.output.contains(message), "\(frame.output)")
            #expect(try corrections(arguments) == before)
        }
    }
}
