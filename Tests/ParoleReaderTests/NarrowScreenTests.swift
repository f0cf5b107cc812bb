import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Narrow screens: nothing cut without a mark")
struct NarrowScreenTests {
    /// Sizes a journalist's terminal may have, from the smallest the reader draws in.
    static let sizes = [
        TerminalSize(width: 40, height: 12), TerminalSize(width: 60, height: 20),
        TerminalSize(width: 80, height: 24), TerminalSize(width: 200, height: 60),
    ]

    func article(_ size: TerminalSize) -> ReaderState {
        ReaderState(articles: [LachinFixture.model()], size: size)
    }

    /// Statistics with long labels and many sources, as a library gives.
    static let statistics = QuoteStatistics(
        quotes: 1234,
        byType: ["person": 700, "organisation": 300, "anonymous": 134, "document": 60, "unattributed": 40],
        speakersByType: ["person": 250, "organisation": 80, "anonymous": 30, "document": 12],
        people: ["female": 90, "male": 150, "unknown": 10],
        peopleQuotes: ["female": 260, "male": 420, "unknown": 20],
        top: [
            .init(actor: "Francesca Montalban-Delacroix", quotes: 120, type: "person", gender: "female"),
            .init(
                actor: "Organisation mondiale de la santé", quotes: 80, type: "organisation",
                gender: "unknown"),
        ],
        byMonth: Dictionary(
            uniqueKeysWithValues: (1...12).map { (String(format: "2024-%02d", $0), $0 * 10) }),
        bySite: ["www.un-tres-long-nom-de-journal-regional.fr": 600, "local": 634])

    @Test("the statistics keep every count and share whole at 40, 60, 80 and 200 columns")
    func statisticsWhole() {
        for size in Self.sizes {
            var state = article(size)
            state.showStatistics(title: "a title", Self.statistics)
            let lines = state.statisticsLines
            for line in lines {
                #expect(ColumnWidth.width(of: line) <= size.width - 2, "\(size.width): \(line)")
                #expect(!line.hasSuffix("…"), "\(size.width): \(line)")
            }
            for row in ["person", "organisation", "anonymous", "document", "unattributed"] {
                let count = Self.statistics.byType[row]!
                #expect(
                    lines.contains { $0.hasPrefix("  \(row) ") && $0.contains(" \(count) ") },
                    "\(size.width): \(row)")
            }
            #expect(
                lines.contains { $0.contains("local") && $0.contains(" 634 ") && $0.hasSuffix(" 51%") },
                "\(size.width)")
            #expect(lines.contains { $0.contains("2024-12") && $0.hasSuffix(" 120") }, "\(size.width)")
        }
    }

    @Test("statistics keep the speakers and genders beside the counts where they fit, and drop them whole")
    func statisticsDetails() {
        let wide = QuoteStatisticsText.render(Self.statistics, width: 78)
        #expect(wide.contains { $0.hasSuffix("250 speakers") })
        #expect(wide.contains { $0.hasSuffix("person, female") })
        #expect(
            QuoteStatisticsText.render(Self.statistics, width: 42).contains { $0.hasSuffix("250 speakers") })
        let narrow = QuoteStatisticsText.render(Self.statistics, width: 38)
        #expect(!narrow.contains { $0.contains("person, f") })
        #expect(narrow.contains { $0.hasPrefix("By month  ") && !$0.contains("–") })
    }

    @Test("one month is named once above its bar, not as a range from itself to itself")
    func oneMonth() {
        let lines = QuoteStatisticsText.render(QuoteStatistics(quotes: 3, byMonth: ["undated": 3]), width: 78)
        #expect(
            lines.contains { $0.hasPrefix("By month  ") && $0.hasSuffix("  undated") && !$0.contains("–") })
    }

    @Test("a share of 100 % stays apart from its count")
    func fullShare() {
        let lines = QuoteStatisticsText.render(
            QuoteStatistics(quotes: 20, byType: ["person": 20]), width: 38)
        #expect(lines.contains { $0.hasPrefix("  person") && $0.contains(" 20 100%") }, "\(lines)")
    }

    @Test("headings and hints leave whole parts out and end with … rather than cut a word")
    func partedLine() {
        let line = PartedLine(parts: [" 3/12", " · Enter open", " · / filter", " · f actor"])
        #expect(line.fitted(width: 80) == " 3/12 · Enter open · / filter · f actor")
        #expect(line.fitted(width: 20) == " 3/12 · Enter open…")
        #expect(line.fitted(width: 4) == " 3/…")
        #expect(line.fitted(width: 0) == "")
        #expect(PartedLine(parts: [" ab", " · cd"]).fitted(width: 8) == " ab · cd")
    }

    @Test("the list's heading ends with … when narrow and keeps its article count")
    func listHeading() {
        let models = (0..<3).map { _ in LachinFixture.model() }
        let state = ReaderState(articles: models, size: TerminalSize(width: 40, height: 12))
        let heading = state.render().row(0)
        #expect(heading.hasPrefix(" Parole — 3 of 3 articles"))
    }

    @Test("the help's heading and status say how to leave it at 40 columns")
    func helpNarrow() {
        var state = article(TerminalSize(width: 40, height: 12))
        _ = state.handle(.character("?"))
        let grid = state.render()
        #expect(grid.row(0).trimmingTrailingBlanks.hasSuffix("…"), "\(grid.row(0))")
        #expect(grid.row(11).contains("any other key closes"), "\(grid.row(11))")
    }

    @Test("a message longer than the status line goes on over the rows above, every word shown")
    func longMessage() {
        for size in Self.sizes {
            var state = article(size)
            _ = state.handle(.character("n"))
            _ = state.handle(.character("e"))
            let message = state.message ?? ""
            #expect(message.contains("parole add"))
            let grid = state.render()
            let shown = (0..<size.height).map { grid.row($0).trimmingTrailingBlanks }
                .suffix(4).joined(separator: " ")
            let words = shown.split(separator: " ").joined(separator: " ")
            #expect(words.contains(message), "\(size.width): \(shown)")
        }
    }

    @Test("quote words cut at the Quotes panel's edge end with …")
    func quoteWords() {
        for size in Self.sizes.prefix(3) {
            let grid = article(size).render()
            let layout = ScreenLayout(size: size)
            let rows = (layout.quotes.y + 1..<layout.quotes.y + layout.quotes.height).map { grid.row($0) }
            #expect(rows.contains { $0.contains("…│") || $0.hasSuffix("…") }, "\(size.width): \(rows)")
        }
    }

    @Test("every screen at every size draws inside the grid with the status line last")
    func everyScreen() {
        let scripts: [[Key]] = [
            [], [.character("n")], [.character("n"), .character("v")], [.character("?")],
            [.character("f")], [.character("s")], [.tab, .tab], [.character("/"), .character("x"), .enter],
        ]
        for size in Self.sizes {
            for keys in scripts {
                var state = article(size)
                for key in keys { _ = state.handle(key) }
                let grid = state.render()
                #expect(grid.width == size.width && grid.height == size.height)
                #expect(!grid.row(size.height - 1).trimmingTrailingBlanks.isEmpty, "\(size.width) \(keys)")
            }
        }
    }
}

extension String {
    /// The string without the blanks at its end.
    fileprivate var trimmingTrailingBlanks: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
