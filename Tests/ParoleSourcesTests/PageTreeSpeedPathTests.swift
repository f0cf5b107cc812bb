import Foundation
import Testing

@testable import ParoleSources

/// The faster ways of reading a page give what the slower ones gave.
@Suite struct PageTreeSpeedPathTests {
    @Test func utf8IsJudgedAsTheStandardLibraryJudgesIt() {
        var cases: [[UInt8]] = [
            [], Array("plain ASCII text, longer than eight bytes".utf8), Array("élève — 😀 fin".utf8),
            [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], Array("abcdefgh".utf8) + [0xE2, 0x82], [0x00, 0x41],
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<24, using: &rng)
            cases.append((0..<length).map { _ in UInt8.random(in: 0x70...0xF5, using: &rng) })
        }
        for bytes in cases {
            #expect(
                PageCharset.isValidUTF8(Data(bytes)) == (String(validating: bytes, as: UTF8.self) != nil),
                "\(bytes)")
        }
    }

    @Test func pageEventsGiveTheTreeLibxml2sTreeGives() throws {
        let html = """
            <!DOCTYPE html><html lang="fr"><head><title>Titre</title>
            <script type="application/ld+json">{"@type": "NewsArticle"}</script>
            <link rel="canonical" href="https://exemple.fr/a"></head>
            <body><div id="x" class="Story Main"><p>Un <b>premier</b> paragraphe &amp; du texte
            <script>var x = 1;</script>suite.</p>
            <p>Deuxième<br>ligne</p><svg><text>non</text></svg> fin</div><div id="x"></div>
            </body></html>
            """
        let data = Data(html.utf8)
        var fromEvents = PageTreeBuilder()
        let parsed = fromEvents.parse(data, encoding: "UTF-8")
        let (page, problems) = try #require(parsed)
        let doc = try #require(MarkupParser.html(data, encoding: "UTF-8"))
        var fromTree = PageTreeBuilder()
        let tree = fromTree.build(try #require(doc.root))
        func describe(_ node: PageNode) -> String {
            if node.isText { return "«\(node.text)»" }
            let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
            return "<\(node.name) \(attributes)>" + node.children.map(describe).joined() + "</\(node.name)>"
        }
        #expect(describe(page) == describe(tree))
        #expect(fromEvents.jsonLD == fromTree.jsonLD && fromEvents.jsonLD.count == 1)
        #expect(fromEvents.links.map(\.href) == ["https://exemple.fr/a"])
        #expect(problems.count == doc.problems.count && problems.first == doc.problems.first)
        #expect(problems.first?.contains("ID x already defined") == true)
        #expect(page.children.allSatisfy { $0.parent === page })
    }
}
