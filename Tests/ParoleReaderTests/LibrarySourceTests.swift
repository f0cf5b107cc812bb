import ParoleKit
import Testing

@testable import ParoleReader

@Suite("Library-wide search and actor filter in the list")
struct LibrarySourceTests {
    /// A reader on two loaded articles, with a fake library holding the Lachin article.
    func reader() -> (ReaderState, source: LibrarySource, calls: Calls) {
        let calls = Calls()
        let lachin = LachinFixture.model()
        let other = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Autre titre\nRien à signaler ici.\n", id: "autre"),
            source: "lib/autre.txt")
        let loaded = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Chargé\nSeul article chargé.\n", id: "charge"),
            source: "lib/charge.txt")
        let state = ReaderState(
            articles: [loaded, other], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        let source = LibrarySource(
            search: { query in
                calls.searches.append(query)
                return query.contains("Peskov") ? [lachin] : []
            },
            actors: {
                [
                    LibraryActorEntry(name: "Dmitri Peskov", type: .person, quotes: 9),
                    LibraryActorEntry(name: "Union européenne", type: .organization, quotes: 4),
                ]
            },
            articles: { name in
                calls.actors.append(name)
                return name == "Dmitri Peskov" ? [lachin] : []
            })
        return (state, source, calls)
    }

    final class Calls: @unchecked Sendable {
        var searches: [String] = []
        var actors: [String] = []
    }

    @Test("a library error on the status line names the library once: no 'library: library …'")
    func libraryErrorsNameTheLibraryOnce() {
        struct ReadOnly: NamesItsLibrary {
            var description: String { "library /x/lib.sqlite is read-only; nothing was changed" }
        }
        struct Other: Error, CustomStringConvertible {
            var description: String { "out of memory" }
        }
        var source = reader().source
        source.setRead = { _, _ in throw ReadOnly() }
        guard case .failed(let message) = source.outcome(of: .setRead(1, true)) else {
            Issue.record("a failed setRead is reported")
            return
        }
        #expect(message == "Library /x/lib.sqlite is read-only; nothing was changed")
        source.setRead = { _, _ in throw Other() }
        guard case .failed(let other) = source.outcome(of: .setRead(1, true)) else {
            Issue.record("a failed setRead is reported")
            return
        }
        #expect(other == "Library: out of memory")
    }

    @Test("whether the status line adds 'Library:' follows the error's type, never its words")
    func theLibraryIsNamedByTheErrorsTypeNotItsWords() {
        struct Full: NamesItsLibrary {
            var description: String { "disk full while writing /x/lib.sqlite" }
        }
        struct MentionsALibrary: Error, CustomStringConvertible {
            var description: String { "libxml2 library not loaded" }
        }
        #expect(LibrarySource.statusMessage(for: Full()) == "Disk full while writing /x/lib.sqlite")
        #expect(LibrarySource.statusMessage(for: MentionsALibrary()) == "Library: libxml2 library not loaded")
    }

    @Test("/ then Enter lists the library's search results, not only the loaded articles")
    func search() {
        var (state, source, calls) = reader()
        state.press(source, .character("/"))
        for c in "Peskov" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(calls.searches == ["Peskov"])
        #expect(state.articles.map(\.analysis.id) == [LachinFixture.model().analysis.id])
        #expect(state.render().find("Mercredi, le ministère") != nil)
    }

    @Test("an article opened from a library search opens at its first match, a search n steps through")
    func searchResultOpensAtItsMatch() throws {
        for (query, term) in [
            ("Peskov", "Peskov"), ("« porte-parole du Kremlin » Peskov", "porte-parole du Kremlin"),
        ] {
            var (state, source, _) = reader()
            state.press(source, .character("/"))
            for c in query { state.press(source, .character(c)) }
            state.press(source, .enter)
            state.press(source, .enter)
            #expect(state.screen == .article)
            #expect(state.reading.search?.query == term, "\(query)")
            let status = state.render().row(29)
            #expect(status.contains("/\(term) 1/"), "\(status)")
            // Esc ends it; n goes back to stepping through quotes.
            state.press(source, .escape)
            #expect(state.reading.search == nil)
        }
    }

    @Test("f offers the library's actors, most quoted first; choosing one lists its articles")
    func actorFilter() {
        var (state, source, calls) = reader()
        state.press(source, .character("f"))
        #expect(state.pickerCandidates.map(\.name) == ["Dmitri Peskov", "Union européenne"])
        let grid = state.render()
        let row = grid.find("Dmitri Peskov")!
        #expect(grid.row(row.y).contains("9 PER"))
        state.press(source, .enter)
        #expect(calls.actors == ["Dmitri Peskov"])
        #expect(state.actorFilter?.name == "Dmitri Peskov")
        #expect(state.visibleArticles.count == 1)
        #expect(state.quoteCount(in: state.articles[0]) == 3)
    }

    @Test("Enter on an actor's article opens it at that actor's first quote")
    func opensAtFirstQuote() {
        var (state, source, _) = reader()
        state.press(source, .character("f"))
        state.press(source, .enter)
        state.press(source, .enter)
        #expect(state.screen == .article)
        let article = state.article!
        let first = article.quoteIndexes(actor: article.actorIndex(named: "Dmitri Peskov")!).first
        #expect(first != nil)
        #expect(state.currentQuote == first)
    }

    @Test("a list of the first articles an actor or a search picked says how many match")
    func firstOfTheMatches() {
        var (state, _, _) = reader()
        state.libraryArticleCount = 2242
        state.libraryQuery = "naming Sylvie Moreau"
        #expect(
            state.render().row(0).contains(
                "2 of 2 articles · the first 2 of 2242 naming Sylvie Moreau (--limit N)"))
        state.libraryArticleCount = 2
        #expect(!state.render().row(0).contains("first"))
    }

    @Test(
        "a search or an actor chosen in the reader says how many articles match when it lists only the first")
    func firstOfTheMatchesInTheReader() {
        var (state, source, _) = reader()
        source.searchCount = { _ in 250 }
        source.actorArticleCount = { _ in 1200 }
        state.press(source, .character("/"))
        for c in "Peskov" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(
            state.render().row(0).contains("1 of 1 article · holding Peskov · the first 1 of 250 (--limit N)")
        )
        #expect(state.message == "250 articles hold Peskov (the first 1 listed)")
        state.press(source, .character("F"))
        #expect(!state.render().row(0).contains("first"))
        state.press(source, .character("f"))
        state.press(source, .enter)
        #expect(state.render().row(0).contains("the first \(state.articles.count) of 1200 (--limit N)"))
        // Without counts (an older source), the list says nothing more.
        source.searchCount = nil
        state.press(source, .character("F"))
        state.press(source, .character("/"))
        for c in "Peskov" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(!state.render().row(0).contains("first"))
        #expect(state.message == "1 article holds Peskov")
        // The heading keeps the query once the status line has moved on, until F.
        state.press(source, .enter)
        state.press(source, .character("q"))
        #expect(state.screen == .list)
        #expect(state.render().row(0).contains("1 of 1 article · holding Peskov"))
        state.press(source, .character("F"))
        #expect(!state.render().row(0).contains("holding"))
    }

    @Test func aListOpenedOnASearchNamesItsQueryOnce() {
        var (state, _, _) = reader()
        state.open(on: OpeningQuery(search: "grève"), libraryMatches: true, total: 40)
        let heading = state.render().row(0)
        #expect(heading.contains("2 of 2 articles · holding grève"))
        #expect(heading.contains("the first 2 of 40 (--limit N)"))
        #expect(heading.components(separatedBy: "grève").count == 2)
    }

    @Test("a list of the library's newest says how many the library holds; a search's results do not")
    func newestOfTheLibrary() {
        var (state, source, _) = reader()
        state.libraryArticleCount = 5000
        #expect(
            state.render().row(0).contains("2 of 2 articles · the newest of 5000 in the library (--limit N)"))
        state.press(source, .character("/"))
        for c in "Peskov" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(!state.render().row(0).contains("newest"))
        state.libraryArticleCount = 2
        state.press(source, .escape)
        #expect(!state.render().row(0).contains("newest"))
    }

    @Test("Esc on the list after a library query lists the articles first loaded again")
    func escapeRestores() {
        var (state, source, _) = reader()
        state.press(source, .character("f"))
        state.press(source, .enter)
        #expect(state.articles.count == 1)
        state.press(source, .escape)
        #expect(state.actorFilter == nil)
        #expect(state.articles.map(\.analysis.id) == ["charge", "autre"])
    }

    @Test("without a library source, / on the list filters only the loaded articles")
    func withoutSource() {
        var (state, source, calls) = reader()
        state.isLibrary = false
        state.press(source, .character("/"))
        for c in "Peskov" { state.press(source, .character(c)) }
        state.press(source, .enter)
        #expect(calls.searches.isEmpty)
        #expect(state.articles.count == 2)
    }
}

extension ReaderState {
    /// Handles `key` and runs its library effects on `source`, as the session does.
    mutating func press(_ source: LibrarySource, _ key: Key) {
        for effect in handle(key) {
            if let outcome = source.outcome(of: effect) { receive(outcome) }
        }
    }
}
