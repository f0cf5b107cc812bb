import ParoleKit
import Testing

@testable import ParoleReader

/// A key that does nothing on this screen but works on another says where it works, rather than
/// "unknown key".
@Suite struct KeyOfAnotherScreenTests {
    func listed() -> ReaderState {
        let other = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "Autre titre\nRien à signaler ici.\n", id: "autre"),
            source: "dir/autre.txt")
        return ReaderState(
            articles: [LachinFixture.model(), other], size: TerminalSize(width: 120, height: 40),
            isLibrary: true)
    }

    @Test func listKeysInTheArticleSayTheyWorkInTheListAndHowToGoBack() {
        var state = listed()
        _ = state.handle(.enter)
        #expect(state.screen == .article)
        #expect(state.handle(.character("S")) == [])
        #expect(
            state.message == "S works in the article list: sort by date → quotes → title — q goes back to it")
        #expect(state.render().row(39).contains("S works in the article list"))
        #expect(state.handle(.character("R")) == [])
        #expect(
            state.message == "R works in the article list: update the subscribed feeds — q goes back to it")
        #expect(state.screen == .article)
        #expect(state.list.order == .date)
    }

    @Test func aListKeyOnAnArticleOpenedAloneSaysThereIsNoList() {
        var state = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 120, height: 40))
        _ = state.handle(.character("S"))
        #expect(
            state.message
                == "S works in the article list: sort by date → quotes → title (opened alone)"
        )
    }

    @Test func articleKeysInTheListAndTheDetailSayWhereTheyWork() {
        var state = listed()
        _ = state.handle(.character("J"))
        #expect(
            state.message == "J works in the article view: next article of the list — Enter opens an article")
        _ = state.handle(.character("v"))
        #expect(
            state.message == "v works in the article view: detail of the current quote — Enter opens one")
        _ = state.handle(.enter)
        _ = state.handle(.character("n"))
        _ = state.handle(.character("v"))
        #expect(state.screen == .detail)
        _ = state.handle(.character("f"))
        #expect(
            state.message == "f works in the article view: pick an actor to filter by — q goes back to it")
        #expect(state.screen == .detail)
    }

    @Test func whereAKeyWorksFitsAnEightyColumnStatusLine() {
        // Every key bound by default somewhere, tried on the list, the article and the detail.
        let keys = Set(
            Keymap.Context.allCases.flatMap { Keymap.defaults(for: $0).flatMap(\.0) })
        var list = listed()
        list.size = TerminalSize(width: 80, height: 24)
        var article = list
        _ = article.handle(.enter)
        var detail = article
        _ = detail.handle(.character("n"))
        _ = detail.handle(.character("v"))
        #expect(detail.screen == .detail)
        var said = 0
        for state in [list, article, detail] {
            for key in keys {
                guard let text = state.whereKeyWorks(key) else { continue }
                said += 1
                #expect(ColumnWidth.width(of: text) <= 78, "\(state.screen): \(text)")
            }
        }
        #expect(said > 10)
        // The way there is written shorter, or left out, rather than wrap the line; kept when it fits.
        #expect(
            list.whereKeyWorks(.character("y"))
                == "y works in the article view: copy the quote as a citation — Enter opens one")
        #expect(
            detail.whereKeyWorks(.character("%"))
                == "% works in the article view: N% or Np: go N percent into the text or list")
        #expect(
            article.whereKeyWorks(.character("S"))
                == "S works in the article list: sort by date → quotes → title — q goes back to it")
    }

    @Test func vClosesTheDetailItOpened() {
        var state = listed()
        _ = state.handle(.enter)
        _ = state.handle(.character("n"))
        _ = state.handle(.character("v"))
        #expect(state.screen == .detail)
        _ = state.handle(.character("v"))
        #expect(state.screen == .article)
        #expect(state.message == nil)
    }

    @Test func aKeyNoScreenBindsOrAMoveBoundElsewhereIsStillUnknown() {
        var state = listed()
        _ = state.handle(.enter)
        _ = state.handle(.character("Z"))
        #expect(state.message == "unknown key Z — ? for help")
        // `h` is back in the detail, and the article goes back with q: an unbound h is unknown.
        state.keymaps[.article].unbind(.character("h"))
        _ = state.handle(.character("h"))
        #expect(state.message == "unknown key h — ? for help")
    }
}

/// `q` on a list a library search or an actor pick replaced goes back to the list before it, as
/// newsboat's `q` leaves a search's results; on the first list it quits.
@Suite struct ListBackTests {
    /// The library's first articles, 1…`count`, as the reader lists them before any search.
    func homeArticles(_ count: Int) -> [ArticleModel] {
        (1...count).map { id in
            ArticleModel(
                analysis: LachinFixture.makeAnalysis(text: "Titre \(id)\nRien ici.\n", id: "h\(id)"),
                source: "test:\(id)", libraryID: Int64(id))
        }
    }

    @Test func qOnALibrarySearchsListGoesBackThenQuits() {
        let home = homeArticles(3)
        var state = ReaderState(articles: home, size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.receive(.searchResults(query: "Peskov", articles: [LachinFixture.model()], total: 1))
        #expect(state.articles.count == 1)
        #expect(state.render().row(29).hasSuffix("? help  q back "))
        _ = state.handle(.character("q"))
        #expect(!state.isFinished)
        #expect(state.articles.compactMap(\.libraryID) == [1, 2, 3])
        #expect(state.message == "Back to the articles listed before · q again quits")
        #expect(state.foundBySearch == nil)
        _ = state.handle(.character("q"))
        #expect(state.isFinished)
    }

    @Test func backFromASearchTheListIsWhereItWasLeftInItsOrder() {
        let home = homeArticles(5)
        for key in ["q", "F"] {
            var state = ReaderState(
                articles: home, size: TerminalSize(width: 100, height: 30), isLibrary: true)
            _ = state.handle(.character("S"))
            for _ in 0..<3 { _ = state.handle(.character("j")) }
            let selected = state.articles[state.visibleArticles[state.list.selection]].libraryID
            state.receive(
                .searchResults(query: "Peskov", articles: [LachinFixture.model(), LachinFixture.model()]))
            #expect(state.list.selection == 0)
            _ = state.handle(.character(Character(key)))
            #expect(state.list.selection == 3, "\(key)")
            #expect(state.list.order == .quotes, "\(key)")
            #expect(
                state.articles[state.visibleArticles[state.list.selection]].libraryID == selected, "\(key)")
        }
    }

    @Test func aSearchTypedOnTheListComesBackWhereItStarted() {
        let home = homeArticles(5)
        var state = ReaderState(articles: home, size: TerminalSize(width: 100, height: 30), isLibrary: true)
        for _ in 0..<3 { _ = state.handle(.character("j")) }
        // Typed: the list narrows as it is typed; Esc gives the line up, back at row 3.
        _ = state.handle(.character("/"))
        for c in "Titre 1" { _ = state.handle(.character(c)) }
        #expect(state.visibleArticles.count == 1)
        _ = state.handle(.escape)
        #expect(state.list.selection == 3)
        // Enter searches the library; q back finds the list unfiltered at row 3.
        _ = state.handle(.character("/"))
        for c in "Titre 1" { _ = state.handle(.character(c)) }
        #expect(state.handle(.enter) == [.searchLibrary("Titre 1")])
        state.receive(.searchResults(query: "Titre 1", articles: [home[0], LachinFixture.model()]))
        _ = state.handle(.character("q"))
        #expect(state.list.query == "")
        #expect(state.visibleArticles.count == 5)
        #expect(state.list.selection == 3)
    }

    @Test func qBackToAListOpenedOnAnActorOrASearchKeepsItsFilterAndSearch() {
        var state = ReaderState(
            articles: [LachinFixture.model(), LachinFixture.model()],
            size: TerminalSize(width: 100, height: 30),
            isLibrary: true)
        #expect(state.screen == .list)
        // As `parole read --search Peskov --actor Peskov` opens it.
        state.open(on: OpeningQuery(search: "Peskov", actor: "Peskov"), libraryMatches: true, total: 2)
        state.receive(
            .searchResults(query: "Kremlin", articles: [LachinFixture.model(), LachinFixture.model()]))
        #expect(state.actorFilter == nil)
        _ = state.handle(.character("q"))
        #expect(state.actorFilter?.name == "Dmitri Peskov")
        #expect(state.foundBySearch == "Peskov")
        #expect(!state.isFinished)
    }

    @Test func qOnAListOfFilesQuitsAndQuitStaysBindable() {
        var state = ReaderState(
            articles: [LachinFixture.model(), LachinFixture.model()],
            size: TerminalSize(width: 100, height: 30))
        #expect(state.render().row(29).hasSuffix("? help  q quit "))
        _ = state.handle(.character("q"))
        #expect(state.isFinished)
        #expect(Keymap(defaultsFor: .list).knows(.quit))
    }

    @Test func theHelpSaysWhatQDoesOnTheList() {
        var state = ReaderState(
            articles: [LachinFixture.model(), LachinFixture.model()],
            size: TerminalSize(width: 100, height: 60))
        _ = state.handle(.character("?"))
        let help = state.render()
        let line = help.find("back out of a search's or actor's list, else quit")
        #expect(line != nil)
        #expect(line.map { help.row($0.y).contains("q ") } == true)
    }
}

/// `R` lists the library's newest articles: whatever search or actor listed the articles before
/// is over, in the heading and in where an article opens.
@Suite struct FeedsUpdatedListTests {
    func library(_ ids: ClosedRange<Int>) -> [ArticleModel] {
        ids.map { id in
            ArticleModel(
                analysis: LachinFixture.makeAnalysis(text: "Titre \(id)\nRien ici.\n", id: "h\(id)"),
                source: "test:\(id)", libraryID: Int64(id))
        }
    }

    @Test func updatingFromASearchsListListsTheNewestWithoutTheSearch() {
        var state = ReaderState(
            articles: library(1...3), size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.libraryArticleCount = 3
        state.receive(.searchResults(query: "Peskov", articles: [LachinFixture.model()], total: 1))
        #expect(state.render().row(0).contains("holding Peskov"))
        state.receive(.feedsUpdated(summary: "1 feed: 1 new article", articles: library(1...4)))
        #expect(!state.render().row(0).contains("holding Peskov"), "\(state.render().row(0))")
        #expect(state.foundBySearch == nil)
        #expect(state.pagedQuery == nil)
    }

    @Test func updatingFromACommandLineSearchListsTheNewestWithoutItsCount() {
        var state = ReaderState(
            articles: library(1...2), size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.open(on: OpeningQuery(search: "grève"), libraryMatches: true, total: 9)
        state.receive(.feedsUpdated(summary: "1 feed: 1 new article", articles: library(1...4)))
        let heading = state.render().row(0)
        #expect(!heading.contains("grève"), "\(heading)")
        #expect(!heading.contains("of 9"), "\(heading)")
        #expect(state.handle(.character("G")) == [])
    }

    @Test func updatingCountsTheLibraryAgainSoThatPagingReachesItsOldest() {
        var state = ReaderState(
            articles: library(1...2), size: TerminalSize(width: 100, height: 30), isLibrary: true)
        state.libraryArticleCount = 4
        // Two new articles: the library holds 6, the list its newest 2.
        state.receive(.feedsUpdated(summary: "1 feed: 2 new articles", articles: library(5...6), total: 6))
        #expect(state.render().row(0).contains("the newest of 6 in the library"))
        #expect(state.handle(.character("G")) == [.loadOlderArticles(offset: 2)])
    }
}
