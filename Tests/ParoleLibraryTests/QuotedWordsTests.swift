import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// A fact-checker's question, "who said these words, where, and when first?":
/// ``Library/quotes(saying:actorIds:since:until:site:)``.
@Suite final class QuotedWordsTests: LibrarySuite {

    func add(_ id: String, on day: String, link: String? = nil, _ speakers: [Fixture.Speaker]) throws {
        try library.add(
            LibraryEntry(source: link ?? "test:\(id)", date: Fixture.day(day), link: link),
            analysis: Fixture.analysis(id, title: "Article \(id)", speakers: speakers))
    }

    @Test func theQuotesHoldingTheWordsComeEarliestFirstWhateverTheAccentsAndApostrophes() throws {
        try add(
            "1", on: "2012-06-09",
            [.init(name: "Anne Martin", quotes: ["Il n’y aura pas de hausse d’impôts"])])
        try add(
            "2", on: "2012-06-02", link: "https://presse.example/a",
            [.init(name: "Paul Durand", quotes: ["Il n'y aura pas de HAUSSE d'impôts, jamais"])])
        try add("3", on: "2012-06-05", [.init(name: "Claire Dubois", quotes: ["Une hausse est exclue"])])
        for typed in [
            "n'y aura pas de hausse d'impots", "N’Y AURA PAS DE HAUSSE D’IMPÔTS", "« pas de hausse »",
        ] {
            let found = try #require(try library.quotes(saying: typed))
            #expect(found.quotes.map(\.actor) == ["Paul Durand", "Anne Martin"], "\(typed)")
            #expect(found.quotes.first?.url == "https://presse.example/a")
            #expect(found.otherArticles.isEmpty)
        }
        // Whole words: "haus" is not "hausse".
        #expect(try library.quotes(saying: "pas de haus")?.quotes.isEmpty == true)
        #expect(try library.quotes(saying: " ’ « ") == nil)
    }

    @Test func anArticleHoldingTheWordsOutsideItsQuotesIsNamedApart() throws {
        try add("1", on: "2012-06-09", [.init(name: "Anne Martin", quotes: ["Nous ne céderons pas"])])
        // Article 2 names the words in its title, not in a quote.
        try library.add(
            LibraryEntry(source: "test:2", date: Fixture.day("2012-06-01")),
            analysis: Fixture.analysis(
                "2", title: "« Nous ne céderons pas », dit le texte", speakers: [.init(name: "Paul Durand")]))
        let found = try #require(try library.quotes(saying: "nous ne cederons pas"))
        #expect(found.quotes.map(\.actor) == ["Anne Martin"])
        #expect(found.otherArticles.map(\.summary.title) == ["« Nous ne céderons pas », dit le texte"])
        // An actor asked for: the quotes of that actor only.
        let paul = try library.actors(named: "Paul Durand").map(\.id)
        #expect(try library.quotes(saying: "nous ne cederons pas", actorIds: paul)?.quotes.isEmpty == true)
    }

    @Test func ligaturesAndNumbersInGroupsAreFoundAsTyped() throws {
        try add("1", on: "2012-06-09", [.init(name: "Anne Martin", quotes: ["J’ai le cœur lourd ce soir"])])
        try add(
            "2", on: "2012-06-08",
            [
                .init(
                    name: "Paul Durand", quotes: ["Nous supprimerons 3\u{202F}000 emplois et 1 250 000 euros"]
                )
            ])
        try add(
            "3", on: "2012-06-07", [.init(name: "Luc Petit", quotes: ["En 2012 3 postes, pas 3000 emplois"])])
        for typed in ["coeur lourd", "cœur lourd", "CŒUR LOURD"] {
            #expect(try library.quotes(saying: typed)?.quotes.map(\.actor) == ["Anne Martin"], "\(typed)")
        }
        for typed in ["3000 emplois", "3 000 emplois", "3\u{00A0}000 emplois"] {
            #expect(
                try library.quotes(saying: typed)?.quotes.map(\.actor) == ["Luc Petit", "Paul Durand"],
                "\(typed)")
        }
        #expect(try library.quotes(saying: "1250000 euros")?.quotes.map(\.actor) == ["Paul Durand"])
        // Groups of one number only: a year and a count stay apart.
        #expect(try library.quotes(saying: "2012 3 postes")?.quotes.map(\.actor) == ["Luc Petit"])
        #expect(try library.quotes(saying: "20123 postes")?.quotes.isEmpty == true)
    }
}
