import ParoleKit
import Testing

@testable import ParoleReader

/// A list `parole read --search` or `--actor` opened on replaced no list: `F` and `Esc` list
/// the library's newest articles, as docs/keys.md says, instead of going on paging the query.
@Suite struct CommandLineQueryListTests {
    func article(_ id: Int64, _ title: String = "Titre") -> ArticleModel {
        ArticleModel(
            analysis: LachinFixture.makeAnalysis(
                text: "\(title) \(id)\nDmitri Peskov parle de la grève.\n", id: "c\(id)"),
            source: "test:\(id)", libraryID: id)
    }

    /// A library of 500 articles whose newest are 100…102, opened on a search matching 9 (or
    /// on `query`), as `parole read --search grève` opens it.
    func openedOnSearch(_ query: OpeningQuery = OpeningQuery(search: "grève")) -> (ReaderState, LibrarySource)
    {
        var state = ReaderState(
            articles: [article(1), article(2)], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.open(on: query, libraryMatches: true, total: 9)
        var source = LibrarySource(search: { _ in [] }, actors: { [] }, articles: { _ in [] })
        source.olderArticles = { offset in offset == 0 ? [100, 101, 102].map { article($0, "Neuf") } : [] }
        source.libraryCount = { 500 }
        return (state, source)
    }

    @Test(arguments: ["F", "\u{1B}"])
    func clearingACommandLineSearchListsTheLibrarysNewest(key: String) {
        var (state, source) = openedOnSearch()
        let pressed: Key = key == "F" ? .character("F") : .escape
        #expect(state.handle(pressed) == [.loadNewestArticles])
        // While they come, the search's pages are no longer read.
        #expect(state.handle(.character("G")) == [])
        guard let outcome = source.outcome(of: .loadNewestArticles) else {
            Issue.record("the library lists its newest")
            return
        }
        state.receive(outcome)
        #expect(state.articles.compactMap(\.libraryID) == [100, 101, 102])
        #expect(state.foundBySearch == nil)
        #expect(state.pagedQuery == nil)
        let heading = state.render().row(0)
        #expect(!heading.contains("grève"), "\(heading)")
        #expect(heading.contains("the newest of 500 in the library"), "\(heading)")
        #expect(state.message == "The library's newest articles (3 of 500)")
        // The library's own paging now, from its own rows; q then quits.
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 3)])
        _ = state.handle(.character("q"))
        #expect(state.isFinished)
    }

    @Test func clearingACommandLineActorListsTheLibrarysNewestWithoutTheFilter() {
        var (state, source) = openedOnSearch(OpeningQuery(actor: "Dmitri Peskov"))
        #expect(state.pagedQuery == .actor("Dmitri Peskov"))
        #expect(state.render().row(0).contains("naming Dmitri Peskov"))
        #expect(state.actorFilter != nil)
        state.press(source, .character("F"))
        #expect(state.actorFilter == nil)
        #expect(state.articles.compactMap(\.libraryID) == [100, 101, 102])
        #expect(!state.render().row(0).contains("Peskov"))
    }

    @Test func aListOfFilesOrTheLibrarysOwnListAsksForNothing() {
        var files = ReaderState(
            articles: [article(1), article(2)], size: TerminalSize(width: 100, height: 30))
        #expect(files.handle(.character("F")) == [])
        var newest = ReaderState(
            articles: [article(1), article(2)], size: TerminalSize(width: 100, height: 30), isLibrary: true)
        newest.libraryArticleCount = 50
        #expect(newest.handle(.character("F")) == [])
        #expect(newest.handle(.escape) == [])
    }

    @Test func aFailedListingLeavesTheSearchListAndFCanAskAgain() {
        var (state, _) = openedOnSearch()
        #expect(state.handle(.character("F")) == [.loadNewestArticles])
        state.receive(.failed("The library is locked"))
        #expect(state.message == "The library is locked")
        #expect(state.articles.compactMap(\.libraryID) == [1, 2])
        #expect(state.handle(.character("F")) == [.loadNewestArticles])
    }

    @Test func aFailedListingKeepsTheSearchReadingOnAndItsMatchesHighlighted() {
        var (state, _) = openedOnSearch()
        #expect(state.handle(.character("F")) == [.loadNewestArticles])
        state.receive(.failed("The library is locked"))
        // The list is the search's still: an article opened from it opens at its first match,
        // and its last row reads the search's next page.
        #expect(state.foundBySearch == "grève")
        #expect(state.pagedQuery == .search("grève"))
        #expect(state.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 2)])
    }

    @Test func anActorFilterOnASearchListIsClearedFirstAndTheSearchReadsOn() {
        var (state, _) = openedOnSearch()
        state.setFilter(ActorFilter(name: "Dmitri Peskov", type: .person))
        // As the status line says at its last row: "F clears the actor filter, then the search
        // reads on".
        #expect(state.handle(.character("F")) == [])
        #expect(state.actorFilter == nil)
        #expect(state.foundBySearch == "grève")
        #expect(state.articles.compactMap(\.libraryID) == [1, 2])
        #expect(state.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 2)])
        // F again, the filter gone: the library's newest.
        state.receive(.olderArticles([]))
        #expect(state.handle(.character("F")) == [.loadNewestArticles])
    }

    @Test func anEightyColumnSearchListSaysHowManyMatchBeforeHowManyAreUnread() {
        var (state, _) = openedOnSearch(OpeningQuery(search: "gouvernement"))
        state.size = TerminalSize(width: 80, height: 24)
        state.libraryArticleCount = 541
        for article in state.articles { article.isRead = false }
        let heading = state.render().row(0)
        #expect(heading.contains("holding gouvernement · the first 2 of 541"), "\(heading)")
    }
}
