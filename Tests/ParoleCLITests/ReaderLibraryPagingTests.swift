import Foundation
import ParoleLibrary
import ParoleReader
import Testing

@testable import parole

/// The reader pages a library search's and an actor's articles through the library itself: from
/// the first page, the last row reads the next until every match is listed, each once.
@Suite final class ReaderLibraryPagingTests: ScratchSuite {
    /// A library of seven articles quoting Jeanne Roux on a strike, and one about something else.
    func library() throws -> String {
        for day in 1...7 {
            try write(
                "greve-\(day).txt",
                "Grève au port, jour \(day)\n« Nous tiendrons jusqu'au bout », a déclaré Jeanne Roux, déléguée syndicale, au \(day)e jour de la grève.\n"
            )
        }
        try write("meteo.txt", "Beau temps\nLe soleil brille sur la côte, selon Météo-France.\n")
        let added = try parole(["add", "--library", "lib.sqlite", "."])
        #expect(added.status == 0, "\(added.stderr)")
        return scratch.url.appendingPathComponent("lib.sqlite").path
    }

    /// The reader on the library's first page of articles, as `parole read --library` opens it.
    func homeList(_ source: LibrarySource) throws -> ReaderState {
        var state = ReaderState(
            articles: try source.olderArticles!(0), size: TerminalSize(width: 100, height: 30),
            isLibrary: true)
        state.libraryArticleCount = 8
        return state
    }

    /// Reaches the last row again and again, running the effects as the session does, until
    /// nothing more is asked.
    func pageToTheEnd(_ state: inout ReaderState, _ source: LibrarySource) throws {
        for _ in 0..<20 {
            let effects = state.handle(.character("G"))
            guard !effects.isEmpty else { return }
            for effect in effects { state.receive(try #require(source.outcome(of: effect))) }
        }
        Issue.record("still paging after 20 pages")
    }

    @Test func aSearchAndAnActorsArticlesArePagedToTheirLastMatch() throws {
        let path = try library()
        let source = try #require(LibrarySource.opening(path: path, limit: 3))
        var state = try homeList(source)
        let searched = try #require(source.outcome(of: .searchLibrary("grève")))
        state.receive(searched)
        #expect(state.articles.count == 3)
        try pageToTheEnd(&state, source)
        #expect(state.articles.count == 7)
        #expect(Set(state.articles.map(\.source)).count == 7)
        #expect(state.articles.allSatisfy { $0.title.hasPrefix("Grève au port") })
        _ = state.handle(.character("F"))
        let actor = try #require(source.outcome(of: .loadActorArticles("Jeanne Roux")))
        state.receive(actor)
        #expect(state.articles.count == 3)
        try pageToTheEnd(&state, source)
        #expect(Set(state.articles.map(\.source)).count == 7)
    }

    @Test func aSearchSortedByTitleIsPagedInThatOrderToItsLastMatch() throws {
        let path = try library()
        let source = try #require(LibrarySource.opening(path: path, limit: 3))
        var state = try homeList(source)
        state.receive(try #require(source.outcome(of: .searchLibrary("grève"))))
        // S twice: by quotes, then by title; each reads the first matches in its order.
        for _ in 0..<2 {
            for effect in state.handle(.character("S")) {
                state.receive(try #require(source.outcome(of: effect)))
            }
        }
        #expect(state.list.order == .title)
        #expect(state.articles.count == 3)
        try pageToTheEnd(&state, source)
        #expect(state.articles.map(\.title) == (1...7).map { "Grève au port, jour \($0)" })
    }

    @Test func parolesSearchPagesWithOffsetAndSaysHowToReadTheNext() throws {
        _ = try library()
        let lib = ["--library", "lib.sqlite"]
        var ids: [String] = []
        for (offset, note) in [
            (0, "parole: 1–3 of the 7 articles holding grève listed; --offset 3 for the next\n"),
            (3, "parole: 4–6 of the 7 articles holding grève listed; --offset 6 for the next\n"),
            (6, "parole: 7–7 of the 7 articles holding grève listed\n"),
        ] {
            let page = try parole(["search"] + lib + ["--limit", "3", "--offset", String(offset), "grève"])
            #expect(page.status == 0, "\(page.stderr)")
            #expect(page.stderr == note)
            ids += page.output.split(separator: "\n").filter { !$0.hasPrefix("\t") }.compactMap {
                $0.split(separator: "\t").first.map(String.init)
            }
        }
        #expect(ids.count == 7)
        #expect(Set(ids).count == 7)
        let past = try parole(["search"] + lib + ["--offset", "9", "grève"])
        #expect(past.status == 1)
        #expect(past.stderr == "parole: --offset 9 leaves none of the 7 articles holding grève\n")
        // All on one page: no note.
        #expect(try parole(["search"] + lib + ["grève"]).stderr.isEmpty)
        #expect(try parole(["search"] + lib + ["--offset", "-1", "grève"]).status == 64)
    }
}
