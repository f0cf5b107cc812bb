import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Library list: read marks, feed updates, sorting")
struct LibraryListKeysTests {
    func article(_ id: Int64, title: String, date: String?, quotes: Int, read: Bool) -> ArticleModel {
        var analysis = LachinFixture.makeAnalysis(text: "\(title)\nTexte.\n", id: "a\(id)")
        analysis.quotes = Array(LachinFixture.analysis.quotes.prefix(quotes))
        return ArticleModel(
            analysis: analysis, source: "https://example.org/\(id)", date: date, libraryID: id, isRead: read)
    }

    func reader() -> (ReaderState, LibrarySource, Marks) {
        let marks = Marks()
        let articles = [
            article(1, title: "Bravo", date: "2024-01-02", quotes: 1, read: false),
            article(2, title: "Alpha", date: "2024-01-03", quotes: 0, read: true),
            article(3, title: "Charlie", date: "2024-01-01", quotes: 3, read: false),
        ]
        let state = ReaderState(
            articles: articles, size: TerminalSize(width: 100, height: 30), isLibrary: true)
        var source = LibrarySource(search: { _ in [] }, actors: { [] }, articles: { _ in [] })
        source.setRead = { id, read in marks.calls.append((id, read)) }
        source.updateFeeds = { progress in
            progress("updating feeds: 1/2 · Fil")
            progress("updating feeds: 2/2 · Autre")
            marks.progress += 2
            return (
                "2 feeds: 1 new article, 0 changed, 3 unchanged (0.10 s)",
                [self.article(9, title: "Nouveau", date: "2024-02-01", quotes: 0, read: false)] + articles
            )
        }
        return (state, source, marks)
    }

    final class Marks: @unchecked Sendable {
        var calls: [(Int64, Bool)] = []
        var progress = 0
    }

    func run(_ effects: [ReaderEffect], _ state: inout ReaderState, _ source: LibrarySource) {
        for effect in effects {
            if effect == .updateFeeds {
                state.receive(source.updateFeedsOutcome { _ in })
            } else if let outcome = source.outcome(of: effect) {
                state.receive(outcome)
            }
        }
    }

    @Test("unread articles show a dot; u toggles the mark in the library; opening an article marks it read")
    func readMarks() {
        var (state, source, marks) = reader()
        var grid = state.render()
        #expect(grid.row(0).contains("2 unread"))
        #expect(grid.row(grid.find("Bravo")!.y).hasPrefix("●"))
        #expect(grid.row(grid.find("Alpha")!.y).hasPrefix(" "))
        run(state.handle(.character("u")), &state, source)
        #expect(marks.calls.map(\.0) == [1] && marks.calls.map(\.1) == [true])
        grid = state.render()
        #expect(grid.row(grid.find("Bravo")!.y).hasPrefix(" "))
        #expect(grid.row(29).contains("Marked read"))
        state.handle(.character("j"))
        state.handle(.character("j"))
        run(state.handle(.enter), &state, source)
        #expect(state.screen == .article)
        #expect(marks.calls.last.map { $0.0 == 3 && $0.1 } == true)
        #expect(state.article?.isRead == true)
    }

    @Test("R updates the feeds with a progress line, then lists the newest articles with the summary")
    func updateFeeds() {
        var (state, source, marks) = reader()
        let effects = state.handle(.character("R"))
        #expect(effects == [.updateFeeds])
        #expect(state.render().row(29).contains("updating feeds…"))
        var lines: [String] = []
        state.receive(source.updateFeedsOutcome { lines.append($0) })
        #expect(lines == ["updating feeds: 1/2 · Fil", "updating feeds: 2/2 · Autre"])
        #expect(marks.progress == 2)
        #expect(state.articles.count == 4)
        #expect(state.render().find("Nouveau") != nil)
        #expect(state.render().row(29).contains("1 new article"))
        var files = ReaderState(
            articles: [LachinFixture.model(), LachinFixture.model()],
            size: TerminalSize(width: 100, height: 30))
        #expect(files.handle(.character("R")).isEmpty)
        #expect(files.message?.contains("library") == true)
    }

    @Test("S sorts the list by date, then quotes, then title, keeping the selection")
    func sorting() {
        var (state, _, _) = reader()
        func titles() -> [String] { state.visibleArticles.map { state.articles[$0].title } }
        #expect(titles() == ["Bravo", "Alpha", "Charlie"])
        state.handle(.character("S"))
        #expect(state.list.order == .quotes)
        #expect(titles() == ["Charlie", "Bravo", "Alpha"])
        #expect(state.render().row(0).contains("by quotes"))
        #expect(
            state.visibleArticles[state.list.selection] == state.articles.firstIndex { $0.title == "Bravo" })
        state.handle(.character("S"))
        #expect(titles() == ["Alpha", "Bravo", "Charlie"])
        state.handle(.character("S"))
        #expect(
            titles()
                == ["Alpha", "Bravo", "Charlie"].sorted { a, b in
                    ["Alpha": "2024-01-03", "Bravo": "2024-01-02", "Charlie": "2024-01-01"][a]! > [
                        "Alpha": "2024-01-03", "Bravo": "2024-01-02", "Charlie": "2024-01-01",
                    ][b]!
                })
    }

    @Test("sorted by quotes, an article in a language the analysis does not support comes after the others")
    func otherLanguagesSortLastByQuotes() {
        func model(_ id: Int64, _ title: String, quotes: Int, language: String?) -> ArticleModel {
            var analysis = LachinFixture.makeAnalysis(text: "\(title)\nTexte.\n", id: "a\(id)")
            analysis.quotes = Array(LachinFixture.analysis.quotes.prefix(quotes))
            return ArticleModel(
                analysis: analysis, source: "https://example.org/\(id)", language: language, libraryID: id)
        }
        var state = ReaderState(
            articles: [
                model(1, "Deutsch", quotes: 5, language: "de"),
                model(2, "Français", quotes: 1, language: "fr"),
                model(3, "Fichier", quotes: 2, language: nil),
            ],
            size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.handle(.character("S"))
        #expect(state.list.order == .quotes)
        #expect(state.visibleArticles.map { state.articles[$0].title } == ["Fichier", "Français", "Deutsch"])
    }

    @Test("sorted by title, a title opening with quotation marks sorts under its first word")
    func titleSortSkipsOpeningMarks() {
        let titles = ["„Zeit der Wende“", "« Bravo »", "alpha", "Écluse"]
        var state = ReaderState(
            articles: titles.enumerated().map {
                article(Int64($0.offset), title: $0.element, date: nil, quotes: 0, read: true)
            },
            size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.handle(.character("S"))
        state.handle(.character("S"))
        #expect(state.list.order == .title)
        #expect(
            state.visibleArticles.map { state.articles[$0].title } == [
                "alpha", "« Bravo »", "Écluse", "„Zeit der Wende“",
            ])
    }

    @Test("n and N select the next and previous unread article, as newsboat's n; none left says so")
    func nextAndPreviousUnread() {
        var (state, _, _) = reader()
        let rows = state.visibleArticles.indices
        let unreadRows = rows.filter { !state.articles[state.visibleArticles[$0]].isRead }
        #expect(unreadRows.count == 2)
        state.list.selection = 0
        for expected in unreadRows where expected > 0 {
            state.handle(.character("n"))
            #expect(state.list.selection == expected)
        }
        let last = state.list.selection
        state.handle(.character("n"))
        #expect(state.list.selection == last)
        #expect(state.message == "No unread article below")
        state.list.selection = rows.last!
        state.handle(.character("N"))
        #expect(state.list.selection == unreadRows.last { $0 < rows.last! } ?? rows.last!)
        state.list.selection = 0
        state.handle(.character("N"))
        #expect(state.message == "No unread article above")
    }
}
