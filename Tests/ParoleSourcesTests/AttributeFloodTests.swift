import Foundation
import Testing

@testable import ParoleSources

/// A tag of many thousands of attributes (libxml2 compares each with every one before it) is
/// parsed in linear time: its attributes past the limit are left out, the page's text kept.
@Suite struct AttributeFloodTests {
    static func page(attributes: Int, head: String = "") -> Data {
        let flood = (0..<attributes).map { "a\($0)=v" }.joined(separator: " ")
        return Data(
            ("<html><head>\(head)<title>Sommet</title></head><body><div \(flood)><article>"
                + "<p>« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>"
                + "<p>Fin de l’article.</p></article></div></body></html>").utf8)
    }

    /// Extracts the article of `data` (a `page`) and expects it within 5 s, with its text.
    static func expectQuickExtractionWithItsText(_ data: Data) throws {
        let clock = ContinuousClock()
        var text = ""
        let elapsed = try clock.measure {
            text = try HTMLArticleExtractor.extract(data, httpCharset: nil).value.text
        }
        #expect(elapsed < .seconds(5), "\(elapsed)")
        #expect(text.contains("a déclaré Dmitri Peskov"))
    }

    @Test func aTagOfTwoHundredThousandAttributesIsReadQuicklyWithItsText() throws {
        // 36 s in libxml2's duplicate check before the cut.
        let data = Self.page(attributes: 200_000)
        try Self.expectQuickExtractionWithItsText(data)
    }

    @Test func aFeedItemOfManyAttributesIsReadQuickly() throws {
        let flood = (0..<200_000).map { "a\($0)=\"v\"" }.joined(separator: " ")
        // Before: 10 s for `_x` and 5 s in `script` with 60,000 attributes in `parole analyze`.
        for opening in ["<item \(flood)>", "<_x \(flood)/><item>", "<script><x \(flood)/></script><item>"] {
            let feed = Data(
                ("<rss version=\"2.0\"><channel><title>F</title>\(opening)<title>Titre</title>"
                    + "<link>https://example.org/1</link><description>Le texte.</description></item>"
                    + "</channel></rss>").utf8)
            let clock = ContinuousClock()
            var titles: [String] = []
            let elapsed = try clock.measure { titles = try FeedParser.parse(feed).value.map(\.title) }
            #expect(elapsed < .seconds(5), "\(elapsed)")
            #expect(titles == ["Titre"])
        }
    }

    @Test func onlyTheAttributesPastTheLimitAreLeftOut() {
        let markup =
            #"<p a=1 b='2 > 3' c="x" d e=f>t</p><br/><img x=1 y=2 z=3/><!-- <i j k l m> -->"#
            + #"<script>var s = "<b c d e f>";</script><![CDATA[<q r s t u>]]><u v w x y z>"#
        let limited = String(
            decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3, isXML: true), as: UTF8.self)
        #expect(
            limited
                == #"<p a=1 b='2 > 3' c="x" >t</p><br/><img x=1 y=2 z=3/><!-- <i j k l m> -->"#
                + #"<script>var s = "<b c d e >";</script><![CDATA[<q r s t u>]]><u v w x >"#)
        // In HTML the text of a `script` is no markup.
        let html = String(decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3), as: UTF8.self)
        #expect(html.contains(#"<script>var s = "<b c d e f>";</script>"#))
        // Under the limit: the same bytes.
        let page = Self.page(attributes: 20)
        #expect(AttributeFlood.limited(page) == page)
    }

    @Test func aFeedTagNamedAsOnlyXMLNamesOrInsideScriptOrStyleIsStillLimited() {
        // The XML parser reads tags whose name starts with `_`, `:` or a non-ASCII letter, and the
        // tags inside `script` and `style`: the scan passed over them (10 s for 60,000 attributes).
        for (before, after) in [
            ("<_x", ""), ("<:x", ""), ("<éx", ""), ("<script><x", "</script>"), ("<style><x", "</style>"),
        ] {
            let markup = before + " a b c d e/>" + after
            let limited = String(
                decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3, isXML: true), as: UTF8.self)
            #expect(limited == before + " a b c />" + after, "\(before)")
        }
        // The HTML parser reads `<_x` and `<éx` as text, and no tag inside `script`: left as they are.
        for markup in ["<_x a b c d e>", "<éx a b c d e>", "<script><x a b c d e></script>"] {
            #expect(AttributeFlood.limited(Data(markup.utf8), limit: 3) == Data(markup.utf8), "\(markup)")
        }
    }

    @Test func aTagAfterASelfClosedOrUnclosedScriptIsStillLimited() {
        // `<script/>` has no text and no end tag: the scan skipped to the end of the input, and
        // the tags after it kept all their attributes.
        for opening in ["<script src='a.js'/>", "<STYLE/>", "<textarea />", "<script>var a = 1;"] {
            let markup = opening + "<div a b c d e>t</div><p f g h i>u</p>"
            let limited = String(
                decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3), as: UTF8.self)
            #expect(limited == opening + "<div a b c >t</div><p f g h >u</p>", "\(opening)")
        }
    }

    @Test func aPageWithASelfClosedScriptBeforeTheFloodIsReadQuickly() throws {
        // Before: 59 s here (the debug build), 3.3 s for 60,000 attributes in `parole extract`.
        let data = Self.page(attributes: 200_000, head: "<script src='a.js'/>")
        try Self.expectQuickExtractionWithItsText(data)
    }

    @Test func aTagInsideWhatTheHTMLParserReadsAsMarkupIsStillLimited() {
        // The HTML parser (libxml2 2.9) reads the tags in a CDATA section (a bogus comment to it),
        // after a comment closed by `--!>`, inside a `textarea`, and after a comment or CDATA
        // section that never ends: the scan skipped them, and the tag kept all its attributes.
        let flood = "<div a b c d e>t</div>"
        let limitedFlood = "<div a b c >t</div>"
        for (before, after) in [
            ("<![CDATA[ x > ", " ]]>"), ("<![CDATA[ never closed ", ""), ("<!-- x --!> ", " -->"),
            ("<!-- never closed ", ""), ("<textarea>", "</textarea>"), ("<title>", "</title>"),
        ] {
            let markup = before + flood + after
            let limited = String(decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3), as: UTF8.self)
            #expect(limited == before + limitedFlood + after, "\(before)")
        }
        // The XML parser reads no markup in a closed CDATA section, and `--!>` ends no comment.
        for (before, after) in [("<![CDATA[ x > ", " ]]>"), ("<!-- x --!> ", " -->")] {
            let markup = before + flood + after
            let limited = String(
                decoding: AttributeFlood.limited(Data(markup.utf8), limit: 3, isXML: true), as: UTF8.self)
            #expect(limited == markup, "\(before)")
        }
        // Unclosed in XML too: scanned on.
        let unclosed = "<![CDATA[ x " + flood
        let limited = String(
            decoding: AttributeFlood.limited(Data(unclosed.utf8), limit: 3, isXML: true), as: UTF8.self)
        #expect(limited == "<![CDATA[ x " + limitedFlood)
    }

    @Test func aPageWithAFloodInsideATextareaOrAfterACDATASectionIsReadQuickly() throws {
        // Before: 22 s in `parole extract` for 60,000 attributes.
        let flood = (0..<200_000).map { "a\($0)=v" }.joined(separator: " ")
        for (before, after) in [
            ("<textarea>", "</textarea>"), ("<![CDATA[ a > ", "]]>"), ("<!-- a --!>", "-->"),
        ] {
            let data = Data(
                ("<html><head><title>Sommet</title></head><body><article>"
                    + "<p>« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>"
                    + "<p>Fin de l’article.</p></article>\(before)<div \(flood)>x</div>\(after)</body></html>")
                    .utf8)
            try Self.expectQuickExtractionWithItsText(data)
        }
    }

    @Test func manyUnclosedCommentsAreScannedInLinearTime() {
        // Each `<!--` searched to the end of the input for its end: quadratic without the memo.
        let markup = Data(String(repeating: "<!-- a ", count: 400_000).utf8)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = AttributeFlood.limited(markup) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
