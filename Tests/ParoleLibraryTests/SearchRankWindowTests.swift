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
        let newest = try library.search("satellite", rankWindow: 2).map(\.article.source)
        #expect(Set(newest) == ["middle", "new"])
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
