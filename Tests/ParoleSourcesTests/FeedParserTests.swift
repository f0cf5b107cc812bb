import Foundation
import Testing

import ParoleKit
@testable import ParoleSources

@Suite struct FeedParserTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Le fil</title><link>https://example.org/</link>
        <item>
          <title>Premier article</title>
          <link>https://example.org/un</link>
          <pubDate>Tue, 22 May 2012 07:44:00 +0000</pubDate>
          <dc:creator>Marie Dupont</dc:creator>
          <description>Un résumé court.</description>
          <content:encoded><![CDATA[<p>Le ministre a déclaré&nbsp;: « Nous avancerons ».</p><script>x()</script><p>Deuxième paragraphe.</p>]]></content:encoded>
        </item>
        <item>
          <title>Deuxième article</title>
          <link>https://example.org/deux</link>
          <pubDate>Wed, 23 May 2012 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Seulement une description &amp;amp; du HTML échappé.&lt;/p&gt;</description>
        </item>
        <item>
          <title>Troisième article</title>
          <guid>https://example.org/trois</guid>
          <description>Texte brut
        sur deux lignes.</description>
        </item>
        <item><title>Vide</title></item>
        </channel></rss>
        """

    @Test func eachRSSItemIsAnArticle() throws {
        let result = try FeedParser.parse(Data(Self.rss.utf8))
        let items = result.value
        #expect(items.count == 3)
        #expect(items[0].title == "Premier article")
        #expect(
            items[0].paragraphs == [
                "Le ministre a déclaré\u{A0}: « Nous avancerons ».", "Deuxième paragraphe.",
            ])
        #expect(items[0].link == "https://example.org/un")
        #expect(items[0].author == "Marie Dupont")
        #expect(items[0].date == Date(timeIntervalSince1970: 1_337_672_640))
        #expect(items[1].paragraphs == ["Seulement une description & du HTML échappé."])
        #expect(items[1].date != nil)
        #expect(items[2].paragraphs == ["Texte brut", "sur deux lignes."])
        #expect(items[2].link == "https://example.org/trois")
        #expect(result.warnings == ["item 4 (Vide) has no text; skipped"])
    }

    @Test func eachAtomEntryIsAnArticle() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>
            <entry><title>Entrée A</title><link rel="alternate" href="https://example.org/a"/>
              <published>2012-06-01T08:00:00Z</published><author><name>Jean Martin</name></author>
              <content type="html">&lt;p&gt;Premier.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
            <entry><title>Entrée B</title><link href="https://example.org/b"/><updated>2012-06-02T09:30:00+02:00</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>En XHTML.</p></div></content></entry>
            <entry><title>Entrée C</title><summary>Un résumé.</summary></entry>
            </feed>
            """
        let items = try FeedParser.parse(Data(atom.utf8)).value
        #expect(items.map(\.title) == ["Entrée A", "Entrée B", "Entrée C"])
        #expect(items[0].paragraphs == ["Premier.", "Second."])
        #expect(items[0].author == "Jean Martin")
        #expect(items[0].link == "https://example.org/a")
        #expect(items[0].date == Date(timeIntervalSince1970: 1_338_537_600))
        #expect(items[1].paragraphs == ["En XHTML."])
        #expect(items[2].paragraphs == ["Un résumé."])
        #expect(items[0].text == "Entrée A\nPremier.\nSecond.")
    }

    @Test func aFeedWithNoItemsIsAnError() {
        #expect(throws: ExtractionError.emptyFeed) {
            try FeedParser.parse(
                Data("<rss version=\"2.0\"><channel><title>Rien</title></channel></rss>".utf8))
        }
    }

    @Test func malformedXMLIsReadAsBestEffortWithAWarning() throws {
        let broken =
            "<rss><channel><item><title>Un & deux</title><description>Texte <b>gras</description></item>"
        let result = try FeedParser.parse(Data(broken.utf8))
        #expect(result.value.count == 1)
        #expect(result.warnings.contains { $0.hasPrefix("malformed XML") })
    }

    @Test func garbageIsAnErrorNotACrash() {
        #expect(throws: ExtractionError.self) { try FeedParser.parse(Data("ceci n'est pas du XML".utf8)) }
        #expect(throws: ExtractionError.self) { try FeedParser.parse(Data()) }
    }

    @Test func formatsAreTold() {
        #expect(SourceFormat.detect(Data(Self.rss.utf8), name: "fil") == .feed)
        #expect(SourceFormat.detect(Data("<!DOCTYPE html><p>x".utf8), name: "page") == .html)
        #expect(SourceFormat.detect(Data("Titre\nTexte".utf8), name: "a.txt") == .text)
        #expect(SourceFormat.detect(Data("  \n<html>".utf8), name: "a.txt") == .html)
    }
}

@Suite struct FeedSourceTests {
    @Test func feedItemsAreKnownByTheirLinkElseByTheirFeedAndText() {
        let reading = SourceReader().read(
            data: Data(FeedParserTests.rss.utf8), source: "/tmp/fil.xml", name: "fil.xml")
        #expect(
            reading.articles.map(\.source) == [
                "https://example.org/un", "https://example.org/deux", "https://example.org/trois",
            ])
        #expect(reading.articles.map(\.id) == ["fil-1", "fil-2", "fil-3"])
        let atom =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title><summary>S.</summary></entry></feed>"
        let noLink = SourceReader().read(data: Data(atom.utf8), source: "/tmp/f.atom", name: "f.atom")
        #expect(noLink.articles.map(\.source) == ["/tmp/f.atom#" + ContentHash.of(noLink.articles[0].text)])
    }

    @Test func aRelativeItemLinkIsResolvedAgainstTheFeedsWebAddressNotReadAsALocalPath() {
        let rss = """
            <rss version="2.0"><channel><title>Fil</title>
            <item><title>Un</title><link>/2012/07/article</link><description>Texte un.</description></item>
            <item><title>Deux</title><link>../autre.html</link><description>Texte deux.</description></item>
            </channel></rss>
            """
        let web = SourceReader().read(
            data: Data(rss.utf8), source: "https://exemple.fr/rubrique/fil.xml", name: "fil.xml")
        #expect(
            web.articles.map(\.link) == [
                "https://exemple.fr/2012/07/article", "https://exemple.fr/autre.html",
            ])
        #expect(web.articles.map(\.source) == web.articles.map(\.link))
        // A feed file has no web address: its links stay as written.
        let local = SourceReader().read(data: Data(rss.utf8), source: "/tmp/fil.xml", name: "fil.xml")
        #expect(local.articles.map(\.link) == ["/2012/07/article", "../autre.html"])
    }

    @Test func aSavedFeedsRelativeLinksAreResolvedAgainstTheSiteTheFeedNames() {
        let item =
            "<item><title>Un</title><link>/2012/07/un</link><description>Texte un.</description></item>"
        let rss = """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Fil</title>
            <atom:link href="https://flux.exemple.fr/fil.xml" rel="self"/><link>https://exemple.fr/</link>
            \(item)</channel></rss>
            """
        let saved = SourceReader().read(data: Data(rss.utf8), source: "/tmp/fil.xml", name: "fil.xml")
        #expect(saved.articles.map(\.link) == ["https://exemple.fr/2012/07/un"])
        #expect(saved.articles.map(\.source) == ["https://exemple.fr/2012/07/un"])
        // A feed with a web address resolves against it, whatever site it names.
        let fetched = SourceReader().read(
            data: Data(rss.utf8), source: "https://autre.fr/rubrique/fil.xml", name: "fil.xml")
        #expect(fetched.articles.map(\.link) == ["https://autre.fr/2012/07/un"])
        for atom in [
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://exemple.fr/\">",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"self\" href=\"https://flux.fr/f\"/><link href=\"https://exemple.fr/\"/>",
        ] {
            let xml =
                atom
                + "<title>F</title><entry><title>T</title><link href=\"/2012/07/un\"/><summary>S.</summary></entry></feed>"
            let read = SourceReader().read(data: Data(xml.utf8), source: "/tmp/f.atom", name: "f.atom")
            #expect(read.articles.map(\.link) == ["https://exemple.fr/2012/07/un"], "\(atom)")
        }
    }

    @Test func itemsWhoseLinkIsNoWebAddressOrIsSharedAreKnownByTheirText() {
        func rss(_ links: [String]) -> Data {
            let items = links.enumerated().map { index, link in
                "<item><title>T\(index)</title><link>\(link)</link><description>Texte \(index).</description></item>"
            }
            return Data(
                "<rss version=\"2.0\"><channel><title>F</title>\(items.joined())</channel></rss>".utf8)
        }
        for links in [
            ["javascript:void(0)", "javascript:void(0)", "javascript:void(0)"],
            ["https://exemple.fr/", "https://exemple.fr/", "https://exemple.fr/autre"],
        ] {
            let read = SourceReader().read(
                data: rss(links), source: "https://exemple.fr/fil.xml", name: "fil.xml")
            #expect(Set(read.articles.map(\.source)).count == 3, "\(links)")
            #expect(read.articles.map(\.link) == links, "the links are kept as they are")
        }
    }
}

/// Broken feeds from the wild: one bad item costs that item, never the ones after it.
@Suite struct BrokenFeedTests {
    @Test func anUnclosedTagInAnItemsTitleDoesNotSwallowTheItemsAfterIt() throws {
        let rss = """
            <rss version="2.0"><channel><title>Fil</title><link>https://exemple.fr/</link>
            <item><title>Un</title><link>https://exemple.fr/un</link><description>Texte un.</description></item>
            <item><title>Cassé <b>gras</title><link>https://exemple.fr/casse</link><description>Texte cassé.</description></item>
            <item><title>Trois</title><link>https://exemple.fr/trois</link><description>Texte trois.</description></item>
            <item><title>Quatre</title><link>https://exemple.fr/quatre</link><description>Texte quatre.</description></item>
            </channel></rss>
            """
        let result = try FeedParser.parse(Data(rss.utf8))
        let titles = result.value.map(\.title)
        #expect(titles.contains("Trois") && titles.contains("Quatre"), "\(titles)")
        #expect(result.value.map(\.link).contains("https://exemple.fr/quatre"))
        // The broken item's title does not take the text of the items swallowed into it.
        #expect(!titles.contains { $0.contains("Trois") && $0 != "Trois" }, "\(titles)")
        #expect(result.value.count(where: { $0.title == "Quatre" }) == 1)
    }

    /// An RSS feed of `count` items whose titles each hold an unclosed `<b>`.
    static func brokenTitles(_ count: Int) -> String {
        "<rss version=\"2.0\"><channel><title>Fil</title>"
            + (0..<count).map {
                "<item><title>Titre \($0) <b>gras</title><link>http://exemple.fr/\($0)</link>"
                    + "<description>« Phrase \($0) », a dit Luc Petit.</description>"
                    + "<pubDate>Mon, 02 Jul 2012 10:00:00 GMT</pubDate></item>"
            }.joined() + "</channel></rss>"
    }

    @Test func anItemWithAnUnclosedTagInItsTitleKeepsItsOwnTextLinkAndDate() throws {
        let result = try FeedParser.parse(Data(Self.brokenTitles(3).utf8))
        #expect(result.value.map(\.title) == ["Titre 0 gras", "Titre 1 gras", "Titre 2 gras"])
        #expect(
            result.value.map(\.link) == ["http://exemple.fr/0", "http://exemple.fr/1", "http://exemple.fr/2"])
        #expect(result.value.map(\.paragraphs) == (0..<3).map { ["« Phrase \($0) », a dit Luc Petit."] })
        #expect(result.value.allSatisfy { $0.date == Date(timeIntervalSince1970: 1_341_223_200) })
        #expect(!result.warnings.contains { $0.contains("skipped") }, "\(result.warnings)")
    }

    @Test func aFeedWhoseItemsAllHaveNoTextSaysWhyInItsError() {
        let rss =
            "<rss version=\"2.0\"><channel><title>Fil</title>"
            + "<item><title>Un</title><link>http://exemple.fr/1</link></item>"
            + "<item><title>Deux</title></item><item><title>Trois</title></item></channel></rss>"
        #expect(throws: ExtractionError.noItemWithText(count: 3, why: "item 1 (Un) has no text, and 2 more"))
        {
            try FeedParser.parse(Data(rss.utf8))
        }
        let error = ExtractionError.noItemWithText(count: 3, why: "item 1 (Un) has no text, and 2 more")
        #expect(
            error.description == "none of the feed's 3 items has text: item 1 (Un) has no text, and 2 more")
    }

    @Test func theWarningForAnItemWithoutTextStaysShort() throws {
        let long = String(repeating: "mot ", count: 200)
        let rss = """
            <rss version="2.0"><channel><title>Fil</title>
            <item><title>\(long)</title></item>
            <item><title>Deux</title><description>Texte deux.</description></item>
            </channel></rss>
            """
        let result = try FeedParser.parse(Data(rss.utf8))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.allSatisfy { $0.count < 120 }, "\(result.warnings)")
    }

    @Test func anItemWithoutAWebAddressIsOfTheSiteItsFeedNames() {
        let rss = """
            <rss version="2.0"><channel><title>Revue</title><link>https://www.presse.example/</link>
            <item><title>Un</title><link>file:///srv/pages/un.html</link><description>Texte un.</description></item>
            <item><title>Deux</title><description>Texte deux.</description></item>
            <item><title>Trois</title><link>https://autre.example/trois</link><description>Texte trois.</description></item>
            </channel></rss>
            """
        let reading = SourceReader().read(data: Data(rss.utf8), source: "/tmp/revue.xml", name: "revue.xml")
        #expect(reading.articles.map(\.siteName) == ["presse.example", "presse.example", nil])
        #expect(
            reading.articles.map(\.writtenLink) == [
                "file:///srv/pages/un.html", nil, "https://autre.example/trois",
            ])
        #expect(reading.articles.allSatisfy { $0.feed == "/tmp/revue.xml" })
    }

    @Test func anItemTheFeedRepeatsIsReadOnceWithAWarning() {
        let item = "<item><title>Un</title><description>Texte un.</description></item>"
        let linked =
            "<item><title>Deux</title><link>https://e.fr/deux</link><description>Texte deux.</description></item>"
        let rss =
            "<rss version=\"2.0\"><channel><title>F</title>\(item)\(linked)\(item)\(linked)</channel></rss>"
        let reading = SourceReader().read(data: Data(rss.utf8), source: "/tmp/f.xml", name: "f.xml")
        #expect(reading.articles.map(\.id) == ["f-1", "f-2"])
        #expect(reading.warnings == ["2 items repeat earlier ones; read once"])
    }
}
