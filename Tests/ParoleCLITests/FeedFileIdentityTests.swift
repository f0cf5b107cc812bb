import Foundation
import Testing

/// Feed files added to the library and the addresses the library prints: every item stays an
/// article of its own, a saved feed's relative links are its own site's, and only web addresses
/// are printed as an article's address.
@Suite final class FeedFileIdentityTests: ScratchSuite {
    let library = ["--library", "lib.sqlite"]

    /// An RSS feed whose channel links to `site`, one item per (title, link, text).
    static func feed(site: String, items: [(String, String, String)]) -> String {
        var xml =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flux</title><link>\(site)</link>"
        for (title, link, text) in items {
            xml +=
                "<item><title>\(title)</title><link>\(link)</link><description>\(text)</description></item>"
        }
        return xml + "</channel></rss>"
    }

    @Test func itemsSharingALinkThatIsNoWebAddressAreEachStored() throws {
        try write(
            "fil.xml",
            Self.feed(
                site: "https://exemple.fr/",
                items: [
                    ("Un", "javascript:void(0)", "« Tout va bien », a déclaré Marie Durand à Lyon."),
                    ("Deux", "javascript:void(0)", "« Rien ne va », a affirmé Paul Martin."),
                    ("Trois", "javascript:void(0)", "« Peut-être », a répondu Luc Petit."),
                ]))
        let add = try parole(["add"] + library + ["fil.xml"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.output.hasPrefix("added 3, updated 0, unchanged 0"), "\(add.output)")
        let again = try parole(["add"] + library + ["fil.xml"])
        #expect(again.output.hasPrefix("added 0, updated 0, unchanged 3"), "\(again.output)")
    }

    @Test func aSavedFeedsRelativeLinksAreResolvedAgainstItsOwnSite() throws {
        try write(
            "un.xml",
            Self.feed(
                site: "https://exemple.fr/",
                items: [("Article un", "/2012/07/un", "« Tout va bien », a déclaré Marie Durand à Lyon.")]))
        try write(
            "autre.xml",
            Self.feed(
                site: "https://autre.fr/",
                items: [("Autre un", "/2012/07/un", "« Tout va bien », a déclaré Luc Petit à Brest.")]))
        #expect(try parole(["add"] + library + ["un.xml"]).output.hasPrefix("added 1, updated 0"))
        let second = try parole(["add"] + library + ["autre.xml"])
        #expect(second.output.hasPrefix("added 1, updated 0"), "\(second.output)")
        let csv = try parole(["quotes"] + library + ["--format", "csv"])
        #expect(csv.output.contains("https://exemple.fr/2012/07/un"), "\(csv.output)")
        #expect(csv.output.contains("https://autre.fr/2012/07/un"), "\(csv.output)")
    }

    @Test func theQuotesCSVPrintsOnlyWebAddressesAsTheCitationDoes() throws {
        try write(
            "fil.xml",
            Self.feed(
                site: "",
                items: [
                    ("Un", "/2012/07/un", "« Tout va bien », a déclaré Marie Durand à Lyon."),
                    ("Deux", "javascript:alert(1)", "« Rien ne va », a affirmé Paul Martin."),
                    ("Trois", "HTTPS://exemple.fr/trois", "« Nous ne céderons pas », a déclaré Luc Petit."),
                ]))
        #expect(try parole(["add"] + library + ["fil.xml"]).status == 0)
        let csv = try parole(["quotes"] + library + ["--format", "csv"])
        #expect(csv.status == 0)
        #expect(!csv.output.contains("javascript"), "\(csv.output)")
        #expect(!csv.output.contains("/2012/07/un"), "\(csv.output)")
        #expect(csv.output.contains("HTTPS://exemple.fr/trois"), "\(csv.output)")
        let json = try parole(["quotes"] + library + ["--format", "json"])
        #expect(!json.output.contains("javascript"), "\(json.output)")
        let citation = try parole(["quotes"] + library + ["--format", "citation"])
        #expect(!citation.output.contains("javascript"), "\(citation.output)")
    }

    @Test func textOfWhiteSpaceOnlyIsRefusedAsEmptyWhateverTheSpace() throws {
        let inputs: [(String, [UInt8])] = [
            ("nbsp.txt", [0xC2, 0xA0, 0x0A]), ("formfeed.txt", [0x0C]),
            ("twoboms.txt", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]), ("latin.txt", [0xA0, 0x20, 0xA0]),
        ]
        for (name, bytes) in inputs {
            try write(name, Data(bytes))
            let result = try parole(["analyze", name])
            #expect(result.status == 1, "\(name)")
            #expect(result.errorLines == ["parole: \(name): empty, no article in it"], "\(name)")
            #expect(result.stdout.isEmpty, "\(name)")
        }
        let line = try parole(
            ["analyze", "--jsonl"], input: Data("{\"id\": 1, \"text\": \"\u{A0}\\f\"}\n".utf8))
        #expect(line.errorLines == ["parole: line 1: empty, no article in it"])
    }

    @Test func statsAndActorsRefuseATopOfZeroAlike() throws {
        try write("a.txt", "Titre\n« Oui », a dit Paul Martin.\n")
        #expect(try parole(["add"] + library + ["a.txt"]).status == 0)
        for command in ["stats", "actors"] {
            let result = try parole([command] + library + ["--top", "0"])
            #expect(result.status != 0, "\(command)")
            #expect(result.stderr.contains("--top must be at least 1"), "\(command): \(result.stderr)")
        }
    }

    @Test func aDateWithOneDigitMonthOrDayIsRead() throws {
        try write("a.txt", "Titre\n« Oui », a dit Paul Martin.\n")
        #expect(try parole(["add"] + library + ["a.txt"]).status == 0)
        for date in ["2012-7-2", "2012-07-2", "2012-7-02", "2012-7"] {
            let result = try parole(["quotes"] + library + ["--since", date])
            #expect(result.status == 0, "\(date): \(result.stderr)")
        }
        for date in ["2012-13-2", "2012-2-30", "2012-007-02", "12-7-2"] {
            let result = try parole(["quotes"] + library + ["--since", date])
            #expect(result.status != 0, "\(date)")
        }
    }
}
