import Foundation
import Testing

@testable import ParoleSources

/// RSS dates are read without a date formatter when they are in the usual RFC 822 forms, to the
/// same instant the formatter gives; other forms still go to the formatter.
@Suite struct FeedDateTests {
    static let usual = [
        "Tue, 22 May 2012 07:44:00 +0000", "Mon, 01 Oct 2012 10:00:00 +0200",
        "Sun, 7 Oct 2012 23:59:59 -0530",
        "Tue, 22 May 2012 07:44:00 GMT", "Tue, 22 May 2012 07:44 +0100", "Tue, 22 May 2012 07:44 UT",
        "tue, 22 may 2012 07:44:00 EST", "Thu, 29 Feb 2024 12:00:00 PDT", "22 May 2012 07:44:00 +0000",
        "22 May 2012 07:44:00 UTC", "Tue, 22 May 2012", "Wed, 31 Dec 1969 23:00:00 -0100",
    ]

    @Test(arguments: usual)
    func aUsualRSSDateIsReadWithoutAFormatterToTheSameInstant(_ text: String) {
        let quick = FeedDate.quickRFC822(text)
        #expect(quick != nil)
        #expect(quick == FeedDate.formattedRFC822(text))
        #expect(FeedDate.parse(text) == quick)
    }

    @Test(arguments: [
        "Tue, 22 May 2012 07:44:00 IST", "Tue, 30 Feb 2012 07:44:00 +0000",
        "Tue, 22 Mai 2012 07:44:00 +0000", "22 May 2012", "Tue, 22 May 2012 7:44:00 +0000",
        "Tue, 22 May 2012 25:44:00 +0000", "mardi 22 mai 2012", "Tue, 22 May 2012 07:44:00 +0000 extra", "",
    ])
    func anotherFormIsLeftToTheFormatter(_ text: String) {
        #expect(FeedDate.quickRFC822(text) == nil)
        #expect(FeedDate.parse(text) == FeedDate.formattedRFC822(text.trimmingCharacters(in: .whitespaces)))
    }

    @Test func aTwoDigitYearIsReadAsRFC2822SaysNeverAsAYearBefore1900() throws {
        let day = try #require(FeedDate.parse("Tue, 22 May 2012 07:44:00 GMT"))
        #expect(FeedDate.parse("Tue, 22 May 12 07:44:00 GMT") == day)
        #expect(FeedDate.parse("22 May 12 07:44:00 +0000") == day)
        #expect(
            FeedDate.parse("Sat, 22 May 99 07:44:00 GMT") == FeedDate.parse("Sat, 22 May 1999 07:44:00 GMT"))
        for text in [
            "Tue, 22 May 0012 07:44:00 GMT", "Tue, 22 May 012 07:44:00 GMT",
            "0012-05-22", "1899-12-31T23:59:59Z",
        ] {
            #expect(FeedDate.parse(text) == nil, "\(text)")
        }
        #expect(FeedDate.parse("1900-01-01") != nil)
        // A European zone with a two-digit year: 2012 too, not left to a formatter that read neither.
        #expect(
            FeedDate.parse("Tue, 22 May 12 07:44:00 CEST")
                == FeedDate.parse("Tue, 22 May 2012 07:44:00 +0200"))
    }

    static let europeanZones: [(name: String, offset: String)] = [
        ("CET", "+0100"), ("CEST", "+0200"), ("cest", "+0200"), ("BST", "+0100"), ("WET", "+0000"),
        ("WEST", "+0100"), ("EET", "+0200"), ("EEST", "+0300"), ("MEZ", "+0100"), ("MESZ", "+0200"),
        ("MSK", "+0300"),
    ]

    @Test(arguments: europeanZones)
    func aEuropeanZoneNameIsReadAsItsOffset(_ zone: (name: String, offset: String)) throws {
        let named = try #require(FeedDate.parse("Tue, 22 May 2012 07:44:00 \(zone.name)"))
        #expect(named == FeedDate.parse("Tue, 22 May 2012 07:44:00 \(zone.offset)"))
        #expect(FeedDate.quickRFC822("22 May 2012 07:44:00 \(zone.name)") == named)
    }

    @Test func everyZoneOfTheTableIsReadToItsOffsetAndGivesTheDayWhereItWasWritten() throws {
        for (name, minutes) in ZoneAbbreviation.offsets {
            let date = try #require(FeedDate.parse("Sun, 2 Dec 2026 00:30:00 \(name)"), "\(name)")
            let utc = try #require(FeedDate.parse("Sun, 2 Dec 2026 00:30:00 +0000"))
            #expect(date.timeIntervalSince(utc) == TimeInterval(-minutes * 60), "\(name)")
            // The offset written tells the day where the article was: the 2nd in Paris, which
            // UTC has as the 1st (a UTC name tells nothing of the place: nil).
            #expect(
                FeedDate.writtenOffset("Sun, 2 Dec 2026 00:30:00 \(name)")
                    == (ZoneAbbreviation.universal.contains(name) ? nil : minutes * 60), "\(name)")
        }
    }

    @Test func lisbonsZoneOfOffsetZeroTellsTheDayWhereTheArticleWasUnlikeUTC() {
        // 23:30 in Lisbon is the 22nd there, whatever zone the reader is in: offset 0, not nil
        // (nil would leave the day to the reader's zone, the 23rd in Paris).
        #expect(FeedDate.writtenOffset("Tue, 22 May 2012 23:30:00 WET") == 0)
        #expect(FeedDate.writtenOffset("Tue, 22 May 2012 23:30:00 wet") == 0)
        #expect(FeedDate.writtenOffset("Tue, 22 May 2012 23:30:00 GMT") == nil)
        #expect(FeedDate.writtenOffset("Tue, 22 May 2012 23:30:00 +0000") == nil)
        #expect(FeedDate.writtenOffset("Tue, 22 May 2012 23:30:00 IST") == nil)
    }

    @Test func aZoneNameOfSeveralOffsetsIsNotGuessed() {
        // IST is Irish, Israeli or Indian time: no offset is taken for it.
        #expect(FeedDate.quickRFC822("Tue, 22 May 2012 07:44:00 IST") == nil)
        #expect(ZoneAbbreviation.offsets["IST"] == nil)
    }

    @Test func everyDateOfALargeFeedTakesTheQuickPath() {
        // A formatter took 100–350 µs a date (2–7 s for these); the quick reader must take them all.
        // Speed itself is measured by scripts/bench-feed-update, not here.
        var read = 0
        for index in 0..<20_000 {
            let text = "Mon, \(1 + index % 28) Oct 2012 \(10 + index % 10):00:00 +0000"
            // One date in 500 is checked against the formatter too (all of them would take seconds).
            if let date = FeedDate.quickRFC822(text),
                index % 500 != 0 || date == FeedDate.formattedRFC822(text)
            {
                read += 1
            }
        }
        #expect(read == 20_000)
    }
}
