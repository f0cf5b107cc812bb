import Foundation
import GRDB
import ParoleKit
import Testing

@testable import ParoleLibrary

/// Subscriptions, read state and the orders of the article list, as the library keeps them.
@Suite struct SubscriptionTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    func article(_ id: String, title: String, quotes: Int) -> Analysis {
        Fixture.analysis(
            id, title: title,
            speakers: [.init(name: "Dmitri Peskov", quotes: (0..<quotes).map { "Phrase \($0) de \(id)" })])
    }

    @Test func subscriptionsPersistAndASecondSubscribeChangesNothing() throws {
        let library = try Fixture.library(directory.libraryPath)
        #expect(try library.subscribe(url: "https://example.org/fil.xml"))
        #expect(try library.subscribe(url: "https://example.org/autre.rss"))
        #expect(try !library.subscribe(url: "https://example.org/fil.xml"))
        let reopened = try Fixture.library(directory.libraryPath)
        let subscriptions = try reopened.subscriptions()
        #expect(subscriptions.map(\.url) == ["https://example.org/fil.xml", "https://example.org/autre.rss"])
        #expect(subscriptions.allSatisfy { $0.checkedAt == nil && $0.etag == nil && $0.addedAt != nil })
    }

    @Test func unsubscribingByAddressOrNumberKeepsTheStoredArticles() throws {
        let library = try Fixture.library(directory.libraryPath)
        try library.subscribe(url: "https://example.org/fil.xml")
        try library.subscribe(url: "https://example.org/autre.rss")
        try library.add(
            LibraryEntry(source: "https://example.org/1"), analysis: article("1", title: "Un", quotes: 1))
        #expect(try library.unsubscribe("https://example.org/fil.xml")?.url == "https://example.org/fil.xml")
        let second = try #require(try library.subscriptions().first)
        #expect(try library.unsubscribe(String(second.id))?.url == "https://example.org/autre.rss")
        #expect(try library.unsubscribe("https://example.org/fil.xml") == nil)
        #expect(try library.subscriptions().isEmpty)
        #expect(try library.articleCount() == 1)
    }

    @Test func articlesAreUnreadUntilMarkedAndTheMarkIsKept() throws {
        let library = try Fixture.library(directory.libraryPath)
        try library.add(LibraryEntry(source: "a"), analysis: article("a", title: "Premier", quotes: 1))
        try library.add(LibraryEntry(source: "b"), analysis: article("b", title: "Second", quotes: 1))
        let ids = try library.articles().map(\.id)
        #expect(try library.articles().allSatisfy { !$0.isRead })
        #expect(try library.unreadCount() == 2)
        try library.setRead(articleId: ids[0], true)
        try library.setRead(articleId: ids[0], true)
        let reopened = try Fixture.library(directory.libraryPath)
        #expect(try reopened.isRead(articleId: ids[0]))
        #expect(try reopened.article(id: ids[0])?.summary.isRead == true)
        #expect(try reopened.articles(unreadOnly: true).map(\.id) == [ids[1]])
        #expect(try reopened.unreadCount() == 1)
        try reopened.setRead(articleId: ids[0], false)
        #expect(try !reopened.isRead(articleId: ids[0]))
        try reopened.setRead(articleId: 9999, true)
        #expect(try reopened.unreadCount() == 2)
    }

    @Test func anArticleWhoseTextChangedComesBackUnread() throws {
        let library = try Fixture.library(directory.libraryPath)
        try library.add(LibraryEntry(source: "a"), analysis: article("a", title: "Premier", quotes: 1))
        let id = try #require(try library.articles().first?.id)
        try library.setRead(articleId: id, true)
        #expect(
            try library.add(
                LibraryEntry(source: "a"), analysis: article("a", title: "Premier, modifié", quotes: 1))
                == .updated)
        #expect(try library.articles().map(\.isRead) == [false])
    }

    @Test(arguments: [
        (ArticleOrder.date, ["Fin", "Élections", "Débat", "abeilles"]),
        (ArticleOrder.quotes, ["Débat", "abeilles", "Élections", "Fin"]),
        (ArticleOrder.title, ["abeilles", "Débat", "Élections", "Fin"]),
    ])
    func theListIsSortedByDateQuotesOrTitle(_ order: ArticleOrder, _ titles: [String]) throws {
        let library = try Fixture.library(directory.libraryPath)
        let articles: [(String, String, Int)] = [
            ("2012-05-01", "abeilles", 2), ("2012-05-02", "Débat", 3), ("2012-05-03", "Élections", 1),
            ("2012-05-04", "Fin", 0),
        ]
        for (day, title, quotes) in articles {
            try library.add(
                LibraryEntry(source: title, date: Fixture.day(day)),
                analysis: article(title, title: title, quotes: quotes))
        }
        #expect(try library.articles(order: order).map(\.title) == titles)
        #expect(try library.articles(limit: 2, offset: 1, order: order).map(\.title) == Array(titles[1...2]))
    }

    @Test func titlesSortNumbersByValueAndIgnoreCaseAndAccents() throws {
        let library = try Fixture.library(directory.libraryPath)
        for title in ["Acte 10", "acte 9", "Âge d'or", "Acte 100", "zone"] {
            try library.add(LibraryEntry(source: title), analysis: article(title, title: title, quotes: 0))
        }
        #expect(
            try library.articles(order: .title).map(\.title) == [
                "acte 9", "Acte 10", "Acte 100", "Âge d'or", "zone",
            ])
    }

    @Test func aLibraryMadeBeforeSubscriptionsIsUpgradedWithItsArticles() throws {
        let path = directory.libraryPath
        let old = try Fixture.olderLibrary(path, upTo: "v1")
        try old.write { db in
            // An article as the first schema stored it.
            try db.execute(
                sql: """
                    INSERT INTO article (source, ident, title, text, hash, analysis, addedAt)
                    VALUES ('a', 'a', 'Ancien', 'Ancien', '0', '{}', '2012-05-22T12:00:00Z')
                    """)
        }
        try old.close()
        let library = try Fixture.library(path)
        #expect(try library.articles().map(\.title) == ["Ancien"])
        #expect(try library.unreadCount() == 1)
        #expect(try library.subscribe(url: "https://example.org/fil.xml"))
    }
}
