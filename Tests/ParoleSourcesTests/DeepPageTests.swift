import Foundation
import Testing

@testable import ParoleSources

/// A page nested far deeper than any real one (a hostile page, a broken generator) is read
/// without overflowing the stack: its text is kept, its nesting cut at a bound.
@Suite struct DeepPageTests {
    static func nested(_ depth: Int, tag: String = "div", closed: Bool = true) -> Data {
        let open = String(repeating: "<\(tag)>", count: depth)
        let close = closed ? String(repeating: "</\(tag)>", count: depth) : ""
        return Data(
            ("<html><head><title>Sommet</title></head><body>" + open
                + "<p>« Nous ne céderons pas », a déclaré Dmitri Peskov, porte-parole du Kremlin.</p>"
                + close + "<p>Fin de l’article.</p></body></html>").utf8)
    }

    @Test(arguments: [("div", true), ("b", false)])
    func aPageNestedAHundredThousandDeepIsExtractedWithItsText(tag: String, closed: Bool) throws {
        let result = try HTMLArticleExtractor.extract(
            Self.nested(100_000, tag: tag, closed: closed), httpCharset: nil)
        #expect(result.value.text.contains("a déclaré Dmitri Peskov"))
    }

    /// libxml2's own tree stops at its depth limit (256), dropping what is deeper; the events
    /// path has none, so the cut here is what bounds it.
    @Test func bothTreeBuildersStayWithinTheDepthBoundAndTheEventsKeepTheText() throws {
        let data = Self.nested(PageTreeBuilder.maximumDepth + 50)
        var fromEvents = PageTreeBuilder()
        let page = try #require(fromEvents.parse(data, encoding: "UTF-8")?.page)
        let doc = try #require(MarkupParser.html(data, encoding: "UTF-8"))
        var fromTree = PageTreeBuilder()
        let tree = fromTree.build(try #require(doc.root))
        for (root, keepsText) in [(page, true), (tree, false)] {
            var deepest = 0
            var stack = [(root, 1)]
            while let (node, depth) = stack.popLast() {
                deepest = max(deepest, depth)
                stack += node.children.map { ($0, depth + 1) }
            }
            #expect(deepest <= PageTreeBuilder.maximumDepth + 1)
            if keepsText {
                #expect(root.allText.contains("a déclaré Dmitri Peskov"))
                #expect(root.allText.contains("Fin de l’article."))
            }
        }
    }
}
