import Foundation
import Testing

/// What a researcher runs on a library: pages of `parole list` and `parole quotes --words`,
/// "who said these words, where, and when first?".
@Suite final class ResearchCommandTests: ScratchSuite {
    let library = ["--library", "lib.sqlite"]

    /// A feed of one item per (day, link, text).
    static func rss(_ items: [(String, String, String)]) -> String {
        var xml =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fil</title><link>https://exemple.fr/</link>"
        for (index, (day, link, text)) in items.enumerated() {
            xml += "<item><title>Titre \(index + 1)</title><link>\(link)</link>"
            xml += "<pubDate>\(day) 2012 10:00:00 +0000</pubDate><description>\(text)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    func fill() throws {
        try write(
            "fil.xml",
            Self.rss([
                (
                    "Mon, 09 Jul", "https://exemple.fr/c",
                    "« Il n’y aura pas de hausse », a répété Marie Durand."
                ),
                (
                    "Mon, 02 Jul", "https://exemple.fr/a",
                    "« Il n'y aura pas de hausse », a déclaré Marie Durand."
                ),
                (
                    "Thu, 05 Jul", "https://exemple.fr/b",
                    "Le ministre a parlé de hausse. « Non », a dit Luc Petit."
                ),
            ]))
        #expect(try parole(["add"] + library + ["fil.xml"]).status == 0)
    }

    @Test func quotesWordsListsWhoSaidThemEarliestFirstWithSiteAndAddress() throws {
        try fill()
        let found = try parole(["quotes"] + library + ["--words", "N'Y AURA PAS de hausse"])
        #expect(found.status == 0, "\(found.stderr)")
        let lines = found.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(found.output)")
        #expect(lines[0].hasPrefix("2012-07-02  exemple.fr  Marie Durand [direct]"), "\(lines[0])")
        #expect(lines[1].contains("https://exemple.fr/a"), "\(lines[1])")
        #expect(lines[2].hasPrefix("2012-07-09"), "\(lines[2])")
        let citations = try parole(
            ["quotes"] + library + ["--words", "pas de hausse", "--format", "citation"])
        #expect(citations.output.split(separator: "\n").count == 2, "\(citations.output)")
        #expect(
            citations.output.hasPrefix("« Il n'y aura pas de hausse », a déclaré Marie Durand"),
            "\(citations.output)")
        let none = try parole(["quotes"] + library + ["--words", "jamais dit"])
        #expect(none.output == "no quotes holding « jamais dit »\n", "\(none.output)")
    }

    @Test func quotesWordsNotesInAGrammaticalSentenceTheArticlesHoldingThemOutsideQuotes() throws {
        try fill()
        let found = try parole(["quotes"] + library + ["--words", "parlé de hausse", "--format", "csv"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(
            found.errorLines.contains {
                $0.hasPrefix("parole: note: 1 more article holds these words outside")
            },
            "\(found.stderr)")
    }

    @Test func listOffsetGivesTheNextPage() throws {
        try fill()
        let page = try parole(["list"] + library + ["--limit", "1", "--offset", "1"])
        #expect(page.output.split(separator: "\n").count == 1)
        #expect(page.output.contains("Titre 3"), "\(page.output)")
        #expect(
            page.errorLines == ["parole: 2–2 of 3 articles listed; --offset 2 for the next"], "\(page.stderr)"
        )
        let past = try parole(["list"] + library + ["--offset", "5"])
        #expect(past.output.isEmpty)
        #expect(try parole(["list"] + library + ["--offset", "-1"]).status != 0)
    }
}
