import Foundation
import Testing

@testable import ParoleSources

/// Entities a feed declares in its DOCTYPE: each reference reads as its own text, external
/// entities are never loaded, and references cannot blow the text up.
@Suite struct FeedEntityTests {
    /// An RSS feed with `doctype` (the internal subset) holding one item.
    static func feed(doctype: String, title: String, description: String) -> Data {
        Data(
            """
            <?xml version="1.0"?><!DOCTYPE rss [\(doctype)]>
            <rss version="2.0"><channel><title>Le fil</title><link>https://example.org/</link>
            <item><title>\(title)</title><link>https://example.org/1</link>
            <description>\(description)</description></item></channel></rss>
            """.utf8)
    }

    @Test func aDeclaredEntityReadsAsItsOwnTextNotTheDeclarationsAfterIt() throws {
        // The reference node's children are its declaration, followed by the next ones: "&a;"
        // read "AlphaBravo" once "&b;" had been used anywhere.
        let data = Self.feed(
            doctype: #"<!ENTITY a "Alpha"><!ENTITY b "Bravo"><!ENTITY c "Charlie <i>et</i> &a;">"#,
            title: "Titre &a; fin", description: "Le &b; texte et &c;.")
        let items = try FeedParser.parse(data).value
        #expect(items.map(\.title) == ["Titre Alpha fin"])
        #expect(items.first?.paragraphs == ["Le Bravo texte et Charlie et Alpha."])
        #expect(FeedParser.title(of: data) == "Le fil")
    }

    @Test func referencesBeyondTheBudgetExpandToNothing() throws {
        // 40 references to 100 KB: 4 MB of text from a feed of 100 KB, before.
        let big = String(repeating: "x", count: 100_000)
        let data = Self.feed(
            doctype: "<!ENTITY big \"\(big)\">", title: "Titre",
            description: "Début " + String(repeating: "&big;", count: 40) + " fin.")
        let result = try FeedParser.parse(data)
        let text = result.value.first?.paragraphs.joined() ?? ""
        #expect(text.hasPrefix("Début x"))
        #expect(text.utf8.count <= EntityReferenceExpansion.budget + 100)
        #expect(result.warnings.contains { $0.contains("entity references expand to more than 1 MiB") })
    }

    /// An RSS feed with `doctype` holding one item per description.
    static func feed(doctype: String, descriptions: [String]) -> Data {
        let items = descriptions.enumerated().map { index, description in
            "<item><title>Titre \(index)</title><link>https://example.org/\(index)</link>"
                + "<description>\(description)</description></item>"
        }
        return Data(
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [\(doctype)]><rss version=\"2.0\"><channel>"
                + "<title>Le fil</title><link>https://example.org/</link>\(items.joined())</channel></rss>")
                .utf8)
    }

    @Test func anItemThatSpendsItsBudgetLeavesTheNextItemsTheirEntities() throws {
        // The budget was the feed's: after the first item, "mardi &nom;." read "mardi .".
        let big = String(repeating: "x", count: 100_000)
        let data = Self.feed(
            doctype: "<!ENTITY big \"\(big)\"><!ENTITY nom \"Le Fil\">",
            descriptions: ["Début " + String(repeating: "&big;", count: 40) + " fin.", "mardi &nom;."])
        let result = try FeedParser.parse(data)
        #expect(result.value.count == 2)
        #expect(
            (result.value.first?.paragraphs.joined().utf8.count ?? 0) <= EntityReferenceExpansion.budget + 100
        )
        #expect(result.value.last?.paragraphs == ["mardi Le Fil."])
        #expect(result.warnings.contains { $0.contains("entity references expand to more than 1 MiB") })
    }

    @Test func tenThousandItemsEachAtTheirBudgetStayUnderTheCeiling() throws {
        // 11 references to 100 KB in each item: 11 GB of text without a ceiling for the feed.
        let big = String(repeating: "x", count: 100_000)
        let data = Self.feed(
            doctype: "<!ENTITY big \"\(big)\">",
            descriptions: Array(repeating: String(repeating: "&big;", count: 11), count: 10_000))
        // Bounded by the ceiling, not by a time limit (a timed test fails on a loaded machine;
        // scripts/fuzz-inputs times hostile feeds).
        let total = try FeedParser.parse(data).value.reduce(0) { $0 + $1.paragraphs.joined().utf8.count }
        #expect(total > EntityReferenceExpansion.budget)
        #expect(total <= EntityReferenceExpansion.ceiling + 100)
    }

    @Test func entityReferencesNestedTenDeepStayBounded() throws {
        // The "billion laughs" with a small fan-out that libxml2's own check lets through.
        var doctype = #"<!ENTITY l0 "rire ">"#
        for level in 1...8 {
            doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 6) + "\">"
        }
        let data = Self.feed(doctype: doctype, title: "Titre &l8;", description: "Texte &l8;.")
        if let result = try? FeedParser.parse(data) {
            let total = result.value.reduce(0) {
                $0 + $1.title.utf8.count + $1.paragraphs.joined().utf8.count
            }
            #expect(total <= EntityReferenceExpansion.budget + 100)
        }
    }

    @Test func anExternalEntityIsNeverLoaded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-entity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try Data("SECRET-7d1f".utf8).write(to: secret)
        let data = Self.feed(
            doctype: "<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">", title: "Titre &xxe;",
            description: "Texte &xxe; lisible.")
        let items = try FeedParser.parse(data).value
        #expect(items.map(\.title) == ["Titre"])
        #expect(items.first?.paragraphs == ["Texte lisible."])
        #expect(FeedParser.title(of: data) == "Le fil")
    }

    @Test func aFeedStoppedByAnEntityLoopSaysSoInItsError() {
        // The "billion laughs" with a fan-out of ten: libxml2 stops the parse; the error said
        // "feed has no items".
        var doctype = #"<!ENTITY l0 "rire ">"#
        for level in 1...9 {
            doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let data = Data(
            """
            <?xml version="1.0"?><!DOCTYPE rss [\(doctype)]><rss version="2.0"><channel><title>&l9;</title>
            <item><title>&l9;</title><description>Texte.</description></item></channel></rss>
            """.utf8)
        #expect {
            try FeedParser.parse(data)
        } throws: { error in
            let line = "\(error)"
            return line.hasPrefix("cannot be read: malformed XML (line ") && line.hasSuffix("), no item read")
        }
    }
}
