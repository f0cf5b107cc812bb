import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// A search ranks only the newest matches, so that a common word costs the same in a library of
/// any size.
@Suite struct SearchRankWindowTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    func store(_ library: Library, _ source: String, _ quote: String) throws {
        let analysis = Fixture.analysis(
            source, title: "Article \(source)", speakers: [.init(name: "Dmitri Peskov", quotes: [quote])])
        try library.add(LibraryEntry(source: source), analysis: analysis)
    }

    @Test func theBestMatchAmongTheNewestComesFirstAndOlderOnesFollowNoMore() throws {
        let library = try Fixture.library(directory.libraryPath)
        // The oldest article is the best match (the word three times), the newer ones hold it once.
        try store(library, "old", "satellite satellite satellite en orbite")
        try store(library, "middle", "un satellite et bien d'autres choses encore à dire ici")
        try store(library, "new", "le satellite, puis bien d'autres choses encore à dire")
        let everything = try library.search("satellite").map(\.article.source)
        #expect(everything.first == "old")
        #expect(Set(everything) == ["old", "middle", "new"])
        #expect(try library.searchCount("satellite") == 3)
        #expect(try library.searchCount("satellite orbite") == 1)
        #expect(try library.articleCount(mentioning: library.actors(named: "Peskov").map(\.id)) == 3)
        // Past the newest two ranked, the older match follows unranked: a reader pages to it.
        let windowed = try library.search("satellite", rankWindow: 2).map(\.article.source)
        #expect(Set(windowed.prefix(2)) == ["middle", "new"])
        #expect(windowed.last == "old")
    }

    /// A library of `count` articles, article `i` (0 oldest) stored in that order and dated
    /// `i` days after 2026-01-01 (a few undated), each holding "grève" once, with its quote by
    /// Dmitri Peskov: all the same rank for a search of it.
    func generatedLibrary(_ count: Int) throws -> Library {
        let library = try Fixture.library(directory.libraryPath)
        let start = Date(timeIntervalSince1970: 1_767_225_600)
        for i in 0..<count {
            let analysis = Fixture.analysis(
                "g\(i)", title: "Article \(i)",
                speakers: [.init(name: "Dmitri Peskov", quotes: ["la grève continue demain matin"])])
            let date = i % 7 == 3 ? nil : start.addingTimeInterval(Double(i) * 86_400)
            try library.add(LibraryEntry(source: "g\(i)", date: date), analysis: analysis)
        }
        return library
    }

    /// Every page of `page` results from `fetch(limit, offset)`, until one comes short.
    func allPages(_ page: Int, _ fetch: (Int, Int) throws -> [String]) rethrows -> [String] {
        var all: [String] = []
        while true {
            let next = try fetch(page, all.count)
            all += next
            if next.count < page { return all }
        }
    }

    @Test func pagesOfASearchReachTheMatchesPastTheRankWindowEachOnce() throws {
        let library = try generatedLibrary(45)
        let pages = try allPages(7) { limit, offset in
            try library.search("grève", limit: limit, offset: offset, rankWindow: 20).map(\.article.source)
        }
        #expect(pages.count == 45)
        #expect(Set(pages).count == 45)
        // The newest 20 stored are ranked first; the 25 older ones follow.
        #expect(Set(pages.prefix(20)) == Set((25..<45).map { "g\($0)" }))
        #expect(Set(pages.dropFirst(20)) == Set((0..<25).map { "g\($0)" }))
        // One page as large as the whole gives the same order.
        #expect(try library.search("grève", limit: 100, rankWindow: 20).map(\.article.source) == pages)
        #expect(try library.search("grève", limit: 5, offset: 45, rankWindow: 20).isEmpty)
        // The reader's ids, without snippets, in the same order; every hit has its snippet.
        #expect(try library.searchIds("grève", limit: 100, rankWindow: 20).map { "g\($0 - 1)" } == pages)
        #expect(
            try library.search("grève", limit: 100, rankWindow: 20).allSatisfy {
                $0.snippet.contains("[grève]")
            })
    }

    @Test func equalRanksAndTheUnrankedMatchesComeNewestFirstUndatedLast() throws {
        let library = try generatedLibrary(30)
        let hits = try library.search("grève", limit: 100, rankWindow: 12).map(\.article.source)
        func newestFirst(_ ids: [Int]) -> [String] {
            let dated = ids.filter { $0 % 7 != 3 }.sorted(by: >)
            let undated = ids.filter { $0 % 7 == 3 }.sorted(by: >)
            return (dated + undated).map { "g\($0)" }
        }
        #expect(Array(hits.prefix(12)) == newestFirst(Array(18..<30)))
        #expect(Array(hits.dropFirst(12)) == newestFirst(Array(0..<18)))
        // The same query twice lists the same order.
        #expect(try library.search("grève", limit: 100, rankWindow: 12).map(\.article.source) == hits)
    }

    @Test func pagesOfAnActorsArticlesReachThemAllNewestFirst() throws {
        let library = try generatedLibrary(25)
        let actors = try library.actors(named: "Peskov").map(\.id)
        let pages = try allPages(4) { limit, offset in
            try library.articleIds(mentioning: actors, limit: limit, offset: offset).map(String.init)
        }
        #expect(pages.count == 25)
        #expect(Set(pages).count == 25)
        #expect(try library.articleIds(mentioning: actors, limit: 100).map(String.init) == pages)
    }

    @Test func aSortedSearchOrActorIsReadPageByPageInItsOrder() throws {
        let library = try generatedLibrary(30)
        // By date: every match newest first, undated last, past any rank window.
        let byDate = try allPages(7) { limit, offset in
            try library.searchIds("grève", order: .date, limit: limit, offset: offset).map { "g\($0 - 1)" }
        }
        let dated = (0..<30).filter { $0 % 7 != 3 }.sorted(by: >)
        let undated = (0..<30).filter { $0 % 7 == 3 }.sorted(by: >)
        #expect(byDate == (dated + undated).map { "g\($0)" })
        // By title, numbers by value: "Article 0", "Article 1", … "Article 29".
        let byTitle = try allPages(4) { limit, offset in
            try library.searchIds("grève", order: .title, limit: limit, offset: offset).map { "g\($0 - 1)" }
        }
        #expect(byTitle == (0..<30).map { "g\($0)" })
        let actors = try library.actors(named: "Peskov").map(\.id)
        let actorByTitle = try allPages(4) { limit, offset in
            try library.articleIds(mentioning: actors, order: .title, limit: limit, offset: offset)
                .map { "g\($0 - 1)" }
        }
        #expect(actorByTitle == byTitle)
        #expect(try library.searchIds("absent", order: .quotes, limit: 10).isEmpty)
    }

    @Test func wordsBetweenQuotesOrGuillemetsAreAPhrase() throws {
        let library = try Fixture.library(directory.libraryPath)
        try store(library, "phrase", "il faut appliquer le principe de précaution sans attendre")
        try store(library, "scattered", "le principe est simple, la précaution aussi, de loin")
        #expect(
            Set(try library.search("principe de précaution").map(\.article.source)) == [
                "phrase", "scattered",
            ])
        for query in [
            "\"principe de précaution\"", "« principe de précaution »", "«principe de precaution",
            "sans \"principe de\"",
        ] {
            #expect(try library.search(query).map(\.article.source) == ["phrase"], "\(query)")
            #expect(try library.searchCount(query) == 1, "\(query)")
        }
        #expect(Library.ftsQuery("\"\"") == nil)
        #expect(Library.ftsQuery("a \"b* c\" d") == "\"a\"* \"b c\" \"d\"*")
    }
}
