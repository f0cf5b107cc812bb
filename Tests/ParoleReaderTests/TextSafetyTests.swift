import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Text that could garble the terminal")
struct TextSafetyTests {
    func render(_ text: String, width: Int = 60, height: Int = 12) -> Grid {
        let analysis = LachinFixture.makeAnalysis(text: text, id: "t")
        let state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "t.txt")],
            size: TerminalSize(width: width, height: height))
        return state.render()
    }

    @Test("control characters and escape sequences become visible placeholders")
    func controlCharacters() {
        let grid = render("Titre\nrouge \u{1B}[31mici\u{07} et \u{9B}2J fin\u{7F}\n")
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
            }
        }
        #expect(grid.find("rouge ␛[31mici␇ et �2J fin␡") != nil)
    }

    @Test("a cell set with an escape sequence reaches neither the terminal nor a capture raw")
    func cellsAreDrawnSafely() {
        var grid = Grid(width: 12, height: 2)
        grid[0, 0] = Cell(text: "\u{1B}[2J")
        grid[1, 0] = Cell(text: "\u{9B}")
        grid[2, 0] = Cell(text: "a\u{202E}\u{200B}")
        grid[3, 0] = Cell(text: "\u{1B}]52;c;eA==\u{07}", style: CellStyle(bold: true))
        #expect(grid[0, 0].drawnText == "␛[2J")
        #expect(grid[2, 0].drawnText == "a")
        for output in [grid.text, grid.ansiText] {
            let raw = output.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value)
            }
            // The captures' own SGR sequences are the only escapes.
            #expect(raw.allSatisfy { $0 == "\u{1B}" }, "\(raw)")
            #expect(!output.contains("\u{1B}[2J") && !output.contains("\u{1B}]52"))
        }
        #expect(grid.text.hasPrefix("␛[2J�a␛]52;c;eA==␇"))
        // Text written by the reader is drawn as it is.
        var written = Grid(width: 20, height: 1)
        written.write("Élysée e\u{301}té 東京", x: 0, y: 0)
        #expect(written.cells.allSatisfy { $0.drawnText == $0.text })
    }

    @Test("wide characters take two columns and combining marks stay on their letter")
    func widths() {
        let grid = render("Titre\n東京 e\u{301}té fin\n")
        let tokyo = grid.find("東京")!
        #expect(grid[tokyo.x, tokyo.y].text == "東")
        #expect(grid[tokyo.x + 1, tokyo.y].text == "")
        #expect(grid[tokyo.x + 2, tokyo.y].text == "京")
        #expect(grid[tokyo.x + 5, tokyo.y].text == "e\u{301}")
        #expect(grid[tokyo.x + 6, tokyo.y].text == "t")
        #expect(ColumnWidth.width(of: "東京 e\u{301}té") == 8)
    }

    @Test("a word longer than the line is cut only where it must be")
    func longWord() {
        let word = String(repeating: "x", count: 130)
        let analysis = LachinFixture.makeAnalysis(text: "T\nun \(word) deux\n", id: "t")
        let layout = ArticleModel(analysis: analysis, source: "t").layout(width: 50)
        let widths = layout.lines.filter { $0.paragraph == 1 }.map { Int($0.end - $0.start) }
        #expect(widths == [3, 50, 50, 35])
    }

    @Test("an empty article and out-of-range spans do not crash")
    func degenerate() {
        var analysis = LachinFixture.makeAnalysis(text: "", id: "e")
        analysis.quotes = [Quote(span: Span(5, 900), text: "x", kind: .direct)]
        analysis.entities = [Entity(span: Span(3, 7), type: .person, text: "x")]
        var state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "e")],
            size: TerminalSize(width: 80, height: 24))
        for key in [
            Key.character("n"), .character("G"), .character("/"), .character("a"), .enter, .tab, .enter,
        ] {
            state.handle(key)
        }
        _ = state.render()
    }
}
