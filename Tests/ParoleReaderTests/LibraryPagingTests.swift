import ParoleKit
import Testing

@testable import ParoleReader

/// The reader's library list reads a library of thousands page by page: reaching the last of
/// the newest articles listed asks for the next page of older ones, once at a time.
@Suite struct LibraryPagingTests {
    func article(_ id: Int64) -> ArticleModel {
        ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Titre \(id)\nRien à signaler ici.\n", id: "a\(id)"),
            source: "test:\(id)", libraryID: id)
    }

    func library(listing ids: [Int64], of total: Int) -> ReaderState {
        var state = ReaderState(
            articles: ids.map(article), size: TerminalSize(width: 80, height: 24), isLibrary: true)
        state.libraryArticleCount = total
        return state
    }

    @Test func reachingTheLastArticleListedAsksForTheNextPageOnce() {
        var state = library(listing: [1, 2], of: 5)
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 2)])
        // Asked already: not again until the page comes.
        #expect(state.handle(.character("G")) == [])
        state.receive(.olderArticles([article(3), article(4), article(2)]))
        #expect(state.articles.compactMap(\.libraryID) == [1, 2, 3, 4])
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 4)])
        state.receive(.olderArticles([article(5)]))
        // The whole library is listed: nothing more to ask.
        #expect(state.handle(.character("G")) == [])
        #expect(state.articles.count == 5)
    }

    @Test func aListOfFilesOrTheWholeLibraryAsksForNothing() {
        var files = ReaderState(
            articles: [article(1), article(2)], size: TerminalSize(width: 80, height: 24))
        files.libraryArticleCount = 5
        #expect(files.handle(.character("G")) == [])
        var whole = library(listing: [1, 2], of: 2)
        #expect(whole.handle(.character("G")) == [])
    }

    @Test func aPageThatFailedCanBeAskedForAgainAndItsReasonIsShown() {
        var state = library(listing: [1, 2], of: 5)
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 2)])
        state.receive(.failed("The library is locked"))
        #expect(state.message == "The library is locked")
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 2)])
    }

    @Test func aPageOfRowsListedAlreadyIsSkippedAndAnEmptyPageEndsTheAsking() {
        var state = library(listing: [1, 2], of: 6)
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 2)])
        // The library changed: the page holds rows listed already; the next is past it.
        state.receive(.olderArticles([article(1), article(2)]))
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 4)])
        state.receive(.olderArticles([article(3)]))
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 3)])
        // No row at all: nothing more to ask, however often the end is reached.
        state.receive(.olderArticles([]))
        #expect(state.handle(.character("G")) == [])
        #expect(state.handle(.character("G")) == [])
        #expect(state.articles.compactMap(\.libraryID) == [1, 2, 3])
    }

    @Test func nextArticleOnTheLastListedReadsTheNextPageAndOpensItsFirstArticle() {
        var state = library(listing: [1, 2], of: 4)
        state.list.selection = 1
        _ = state.handle(.enter)
        #expect(state.screen == .article)
        #expect(state.article?.libraryID == 2)
        #expect(state.handle(.character("J")) == [.loadOlderArticles(offset: 2)])
        #expect(state.article?.libraryID == 2)
        let older = [article(3), article(4)]
        for model in older { model.isRead = false }
        let next = state.receive(.olderArticles(older))
        #expect(state.screen == .article)
        #expect(state.article?.libraryID == 3)
        #expect(next == [.setRead(3, true)])
        // Once the whole library is listed, the end is the end.
        #expect(state.handle(.character("J")) == [.setRead(4, true)])
        #expect(state.handle(.character("J")) == [])
        #expect(state.message == "Last article of the list")
    }

    /// Article 2 of a library of 4 open, the last of the two listed, and `J` pressed: the next
    /// page is asked for and has not come.
    func askingForThePageAfterTheLastArticle() -> ReaderState {
        var state = library(listing: [1, 2], of: 4)
        state.list.selection = 1
        _ = state.handle(.enter)
        #expect(state.handle(.character("J")) == [.loadOlderArticles(offset: 2)])
        return state
    }

    @Test func aPageOfOlderArticlesTheUserLeftForTheListOpensNothing() {
        var state = askingForThePageAfterTheLastArticle()
        _ = state.handle(.character("q"))
        #expect(state.screen == .list)
        #expect(state.receive(.olderArticles([article(3)])) == [])
        #expect(state.screen == .list)
        #expect(state.articles.compactMap(\.libraryID) == [1, 2, 3])
    }

    @Test func aPageThatFailedOpensNothingAndItsReasonIsShown() {
        var state = askingForThePageAfterTheLastArticle()
        #expect(state.receive(.failed("The library is locked")) == [])
        #expect(state.article?.libraryID == 2)
        #expect(state.message == "The library is locked")
    }

    @Test func aPageOfOlderArticlesOpensNothingOnceTheReaderMovedToAnotherArticle() {
        var state = askingForThePageAfterTheLastArticle()
        _ = state.handle(.character("K"))
        #expect(state.article?.libraryID == 1)
        #expect(state.receive(.olderArticles([article(3), article(4)])) == [])
        #expect(state.screen == .article)
        #expect(state.article?.libraryID == 1)
    }

    @Test func nextArticleWhileThePageIsReadStillOpensItsFirstArticle() {
        var state = askingForThePageAfterTheLastArticle()
        #expect(state.handle(.character("J")) == [])
        #expect(state.message == "Reading older articles…")
        let older = [article(3), article(4)]
        for model in older { model.isRead = false }
        #expect(state.receive(.olderArticles(older)) == [.setRead(3, true)])
        #expect(state.article?.libraryID == 3)
    }

    @Test func theLastArticleOfAFilteredListSaysTheFullListReadsMore() {
        var state = library(listing: [1, 2], of: 4)
        state.list.order = .title
        state.list.selection = 1
        _ = state.handle(.enter)
        let last = state.article?.libraryID
        #expect(state.handle(.character("J")) == [])
        #expect(state.article?.libraryID == last)
        #expect(state.message == "Last article listed: the library's full list, by date, reads more")
        var whole = library(listing: [1, 2], of: 2)
        whole.list.order = .title
        whole.list.selection = 1
        _ = whole.handle(.enter)
        #expect(whole.handle(.character("J")) == [])
        #expect(whole.message == "Last article of the list")
    }

    /// A library article naming Dmitri Peskov and holding "grève".
    func match(_ id: Int64) -> ArticleModel {
        ArticleModel(
            analysis: LachinFixture.makeAnalysis(
                text: "Grève \(id)\nDmitri Peskov parle de la grève.\n", id: "m\(id)"),
            source: "test:\(id)", libraryID: id)
    }

    /// The library's list after `/grève` `Enter` found `total` articles, listing the first two.
    func searched(total: Int) -> ReaderState {
        var state = library(listing: [10, 11, 12], of: 50)
        state.receive(.searchResults(query: "grève", articles: [match(1), match(2)], total: total))
        return state
    }

    @Test func theLastRowOfASearchsResultsReadsItsNextPage() {
        var state = searched(total: 5)
        #expect(state.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 2)])
        #expect(state.handle(.character("G")) == [])
        state.receive(.olderArticles([match(3), match(4)]))
        #expect(state.articles.compactMap(\.libraryID) == [1, 2, 3, 4])
        #expect(state.message == "2 more articles listed (4 of 5)")
        #expect(state.render().row(0).contains("the first 4 of 5"))
        #expect(state.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 4)])
        state.receive(.olderArticles([match(5)]))
        #expect(state.handle(.character("G")) == [])
        // Back to the library's newest: its own paging again, from its own rows.
        _ = state.handle(.character("F"))
        #expect(state.articles.compactMap(\.libraryID) == [10, 11, 12])
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 3)])
    }

    @Test func theLastRowOfAnActorsArticlesReadsTheirNextPage() {
        var state = library(listing: [10, 11], of: 50)
        state.receive(.actorArticles(name: "Dmitri Peskov", articles: [match(1), match(2)], total: 3))
        #expect(state.handle(.character("j")) == [.loadMoreMatches(.actor("Dmitri Peskov"), offset: 2)])
        state.receive(.olderArticles([match(3)]))
        #expect(state.visibleArticles.count == 3)
        #expect(state.handle(.character("G")) == [])
    }

    @Test func aSearchOpenedFromTheCommandLinePagesToo() {
        var state = ReaderState(
            articles: [match(1), match(2)], size: TerminalSize(width: 80, height: 24), isLibrary: true)
        state.open(on: OpeningQuery(search: "grève"), libraryMatches: true, total: 9)
        #expect(state.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 2)])
        state.receive(.olderArticles([match(3)]))
        #expect(state.message == "1 more article listed (3 of 9)")
    }

    @Test func aSortedSearchListsItsFirstMatchesInTheNewOrderThenReadsOnInIt() {
        var sorted = searched(total: 5)
        sorted.list.selection = 1
        // The first matches by quotes replace the best two, the article selected kept selected.
        #expect(sorted.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        #expect(sorted.handle(.character("G")) == [])
        sorted.receive(.sortedMatches(.search("grève"), .quotes, [match(4), match(2)]))
        #expect(sorted.articles.compactMap(\.libraryID) == [4, 2])
        #expect(sorted.list.selection == 1)
        #expect(sorted.message == "sorted by quotes (the first 2 of 5)")
        // Scrolled past them, the next page in that order.
        #expect(
            sorted.handle(.character("G")) == [.loadMoreMatches(.search("grève"), offset: 2, order: .quotes)])
        sorted.receive(.olderArticles([match(1), match(5), match(2)]))
        #expect(sorted.articles.compactMap(\.libraryID) == [4, 2, 1, 5])
        #expect(sorted.message == "2 more articles listed (4 of 5)")
        // A page of another order or query, the list having moved on, is not taken.
        _ = sorted.handle(.character("S"))
        sorted.receive(.sortedMatches(.search("grève"), .quotes, [match(3)]))
        #expect(sorted.articles.count == 4)
    }

    @Test func aSortedActorsListReadsOnInItsOrder() {
        var state = library(listing: [10, 11], of: 50)
        state.receive(.actorArticles(name: "Dmitri Peskov", articles: [match(1), match(2)], total: 3))
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.actor("Dmitri Peskov"), .quotes)])
        state.receive(.sortedMatches(.actor("Dmitri Peskov"), .quotes, [match(3), match(1)]))
        #expect(
            state.handle(.character("G")) == [
                .loadMoreMatches(.actor("Dmitri Peskov"), offset: 2, order: .quotes)
            ])
    }

    @Test func aSearchWhollyListedSortsHereAndANarrowedOneReadsNoPage() {
        var whole = searched(total: 2)
        #expect(whole.handle(.character("S")) == [])
        #expect(whole.message == "sorted by quotes")
        // While a filter is typed, the rows listed are not the query's.
        var narrowed = searched(total: 5)
        _ = narrowed.handle(.character("/"))
        _ = narrowed.handle(.character("2"))
        #expect(narrowed.list.query == "2")
        #expect(narrowed.pagedQueryInForce == nil)
    }

    @Test func nextArticleOnTheLastSearchResultReadsTheNextPageAndOpensIt() {
        var state = searched(total: 4)
        state.list.selection = 1
        _ = state.handle(.enter)
        #expect(state.handle(.character("J")) == [.loadMoreMatches(.search("grève"), offset: 2)])
        #expect(state.message == "Reading more articles…")
        let next = [match(3), match(4)]
        for model in next { model.isRead = false }
        #expect(state.receive(.olderArticles(next)) == [.setRead(3, true)])
        #expect(state.article?.libraryID == 3)
    }

    @Test func theLastArticleOfASortedSearchWhoseSortedPageFailedSaysHowToReadOn() {
        var state = searched(total: 5)
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        state.receive(.failed("The library is locked"))
        state.list.selection = 1
        _ = state.handle(.enter)
        #expect(state.handle(.character("J")) == [])
        #expect(state.message == "Last article listed: the sorted matches were not read; S reads them again")
        #expect((state.message ?? "").count <= 78)
        // Read again, in the order S had chosen: J reads on in it.
        _ = state.handle(.character("q"))
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        state.receive(.sortedMatches(.search("grève"), .quotes, [match(1), match(2)]))
        state.list.selection = 1
        _ = state.handle(.enter)
        #expect(
            state.handle(.character("J")) == [.loadMoreMatches(.search("grève"), offset: 2, order: .quotes)])
    }

    @Test func sAfterASortedPageFailedReadsItAgainInTheSameOrderThenMovesOn() {
        var state = searched(total: 5)
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        state.receive(.failed("The library is locked"))
        #expect(state.message == "The library is locked · S reads the sorted matches again")
        #expect(state.list.order == .quotes)
        // Failed again: still that order, asked for once more.
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        #expect(state.list.order == .quotes)
        state.receive(.failed("The library is locked"))
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        state.receive(.sortedMatches(.search("grève"), .quotes, [match(4), match(2)]))
        #expect(state.articles.compactMap(\.libraryID) == [4, 2])
        #expect(state.message == "sorted by quotes (the first 2 of 5)")
        // Read: S moves on to the next order, as before.
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .title)])
        #expect(state.list.order == .title)
    }

    @Test func aFailureOfAnotherKeyWhileNoSortedPageIsAwaitedLeavesSToTheNextOrder() {
        var state = searched(total: 5)
        state.receive(.failed("The library is locked"))
        #expect(state.message == "The library is locked")
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
    }

    @Test func qBackToAListWhoseSortedPageFailedStillReadsItAgainWithS() {
        // A list `parole read --search grève` opened on, whose page sorted by quotes failed.
        var state = ReaderState(
            articles: [match(1), match(2)], size: TerminalSize(width: 80, height: 24), isLibrary: true)
        state.open(on: OpeningQuery(search: "grève"), libraryMatches: true, total: 9)
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
        state.receive(.failed("The library is locked"))
        // Another search replaces the list; q gives the failed one back, S still reads it again.
        state.receive(.searchResults(query: "port", articles: [match(7)]))
        _ = state.handle(.character("q"))
        #expect(state.pagedQuery == .search("grève"))
        #expect(state.handle(.character("S")) == [.loadSortedMatches(.search("grève"), .quotes)])
    }

    @Test func theMoveThatReadTheNextPageIsMadeWhenItComes() {
        // j on the last row: the selection steps onto the first new row.
        var state = library(listing: [1, 2], of: 9)
        state.list.selection = 1
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 2)])
        state.receive(.olderArticles([article(3), article(4)]))
        #expect(state.list.selection == 2)
        // G: to the end of what came, as less goes to the end.
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 4)])
        state.receive(.olderArticles([article(5), article(6), article(7)]))
        #expect(state.list.selection == 6)
        // 3j from the last row moves three rows once the page is there.
        #expect(state.handle(.character("3")) == [])
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 7)])
        state.receive(.olderArticles([article(8), article(9)]))
        #expect(state.list.selection == 8)
    }

    @Test func aKeyPressedBeforeThePageComesCancelsTheMove() {
        var state = library(listing: [1, 2], of: 4)
        state.list.selection = 1
        #expect(state.handle(.character("j")) == [.loadOlderArticles(offset: 2)])
        _ = state.handle(.character("k"))
        state.receive(.olderArticles([article(3), article(4)]))
        #expect(state.list.selection == 0)
    }

    @Test func theWheelAtTheLastRowReadsTheNextPageAsJDoes() {
        var state = library(listing: [1, 2], of: 4)
        #expect(state.handle(.wheelDown) == [.loadOlderArticles(offset: 2)])
        #expect(state.list.selection == 1)
        // Another tick while the page is read: made when it comes.
        #expect(state.handle(.wheelDown) == [])
        state.receive(.olderArticles([article(3), article(4)]))
        #expect(state.list.selection == 2)
    }
}
