import Foundation
import Testing

@testable import ParoleSources

/// A date keeps the offset it was written in, so that a citation gives the day the article was
/// published where it was: "00:30+01:00" is the 2nd in Paris, the 1st in UTC.
@Suite struct DateOffsetTests {
    @Test(arguments: [
        ("2026-12-02T00:30:00+01:00", 3600), ("2026-12-02T00:30+0100", 3600),
        ("2026-12-02T00:30:00.5-05:00", -18_000),
        ("2026-12-02T00:30:00+05:30", 19_800), ("2026-12-02", 0), ("2026-12-02T00:30:00", 0),
        ("Wed, 02 Dec 2026 00:30:00 +0100", 3600), ("Tue, 01 Dec 2026 19:30:00 EST", -18_000),
        ("Wed, 02 Dec 2026", 0),
    ])
    func anOffsetOrADayAloneTellsTheArticlesOwnDay(_ text: String, _ offset: Int) {
        #expect(FeedDate.writtenOffset(text) == offset, "\(text)")
    }

    /// Whatever form the date takes, the instant read and the offset kept together land on the
    /// day written: a date whose time the parser could not read (a space before its offset, as
    /// Ruby's `Time#to_s` writes it) was read as the day alone, and its offset must not move it
    /// to the day before.
    @Test(arguments: [
        "2026-12-02T10:30:00-05:00", "2026-12-02T23:30:00+01:00", "2026-12-02 10:30:00 -0500",
        "2026-12-02 10:30:00 -05:00", "2026-12-02 23:30:00 +0100", "2026-12-02T10:30:00 -05:00",
    ])
    func theDateReadAndItsOffsetGiveTheDayWritten(_ text: String) throws {
        let date = try #require(FeedDate.parse(text), "\(text)")
        let shifted = date.addingTimeInterval(TimeInterval(FeedDate.writtenOffset(text) ?? 0))
        let day = Int((shifted.timeIntervalSince1970 / 86_400).rounded(.down))
        #expect(day == FeedDate.days(fromCivil: 2026, 12, 2), "\(text)")
    }

    @Test(arguments: [
        "2026-12-01T23:30:00Z", "2026-12-01T23:30:00+00:00", "Tue, 01 Dec 2026 23:30:00 +0000",
        "Tue, 01 Dec 2026 23:30:00 GMT", "hier", "", "2026-13-45",
    ])
    func aDateInUTCOrNoDateTellsNoOffset(_ text: String) {
        #expect(FeedDate.writtenOffset(text) == nil, "\(text)")
    }

    @Test func aPagesPublishedTimeKeepsItsOffsetAndADatelineNamesItsDay() throws {
        let page = """
            <html><head><meta property="article:published_time" content="2026-12-02T00:30:00+01:00">
            </head><body><article><h1>Titre</h1><p>Un long paragraphe de texte pour l'article.</p>
            </article></body></html>
            """
        let article = try HTMLArticleExtractor.extract(Data(page.utf8), httpCharset: nil).value
        #expect(article.dateOffset == 3600)
        let undated = """
            <html lang="fr"><body><article><h1>Titre</h1>
            <p>2 décembre 2026 - Un long paragraphe de texte pour l'article, que la dépêche ouvre par sa date.</p>
            </article></body></html>
            """
        let dateline = try HTMLArticleExtractor.extract(Data(undated.utf8), httpCharset: nil).value
        // The dateline's day (read at noon UTC), its offset 0: that day wherever it is read.
        let day = try #require(dateline.date).timeIntervalSince1970 / 86_400
        #expect(Int(day.rounded(.down)) == FeedDate.days(fromCivil: 2026, 12, 2))
        #expect(dateline.dateOffset == 0)
    }

    @Test func aFeedItemKeepsTheOffsetOfItsDate() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>
            <item><title>Un</title><link>https://exemple.fr/un</link>
            <pubDate>Wed, 02 Dec 2026 00:30:00 +0100</pubDate><description>Texte.</description></item>
            <item><title>Deux</title><link>https://exemple.fr/deux</link>
            <pubDate>Tue, 01 Dec 2026 23:30:00 +0000</pubDate><description>Texte.</description></item>
            </channel></rss>
            """
        let reading = SourceReader().read(data: Data(feed.utf8), source: "fil.xml", name: "fil.xml")
        #expect(reading.articles.map(\.dateOffset) == [3600, nil])
    }
}
