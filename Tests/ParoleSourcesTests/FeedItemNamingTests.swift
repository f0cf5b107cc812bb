import Foundation
import Testing

@testable import ParoleSources

/// How `SourceReader` names a feed's items, the names the library stores them under.
@Suite struct FeedItemNamingTests {
    static let item =
        "<item><title>Grève</title><link>http://exemple.fr/a</link>"
        + "<description>« Nous ne céderons pas », a déclaré Luc Petit.</description></item>"

    func read(_ items: String) -> SourceReading {
        let feed = "<rss version=\"2.0\"><channel><title>Flux</title>" + items + "</channel></rss>"
        return SourceReader().read(
            data: Data(feed.utf8), source: "file:///srv/feed.xml", name: "feed.xml")
    }

    @Test func aRepeatedItemIsReadOnceUnderItsOwnLink() {
        let reading = read(Self.item + Self.item)
        #expect(reading.articles.map(\.source) == ["http://exemple.fr/a"])
        #expect(reading.warnings.contains("1 item repeats an earlier one; read once"))
    }

    @Test func twoTextsUnderOneLinkAreTwoArticlesKnownByTheirText() {
        let other = Self.item.replacingOccurrences(of: "Luc Petit", with: "Paul Martin")
        let reading = read(Self.item + other)
        #expect(reading.articles.count == 2)
        #expect(reading.articles.allSatisfy { $0.source.hasPrefix("file:///srv/feed.xml#") })
        #expect(Set(reading.articles.map(\.source)).count == 2)
        #expect(reading.warnings.isEmpty)
    }
}
