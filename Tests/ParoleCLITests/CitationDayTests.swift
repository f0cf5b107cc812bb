import Foundation
import Testing

@testable import parole

/// A citation gives the day the article was published where it was: the offset its page or
/// feed wrote the date in, else (a date in UTC) the reader's local time zone.
@Suite final class CitationDayTests: ScratchSuite {
    /// A page of Le Quotidien published at 00:30 in Paris on 14 March 2013 (the 13th in UTC).
    static let page = """
        <html lang="fr"><head><title>Le port rouvre | Le Quotidien</title>
        <link rel="canonical" href="https://exemple.fr/port-rouvre">
        <meta property="og:site_name" content="Le Quotidien">
        <meta property="article:published_time" content="2013-03-14T00:30:00+01:00"></head><body>
        <article><h1>Le port rouvre</h1>
        <p>« Nous rouvrons lundi », a déclaré Jeanne Roux, directrice du port, devant la presse réunie sur les quais.</p>
        </article></body></html>
        """

    @Test func aPagePublishedAfterMidnightInParisIsCitedOnItsOwnDay() throws {
        try write("port.html", Self.page)
        try write("autre.html", Self.page.replacingOccurrences(of: "port-rouvre", with: "autre"))
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html", "autre.html"]).status == 0)
        let cited = try parole(["quotes"] + library + ["--format", "citation"])
        #expect(cited.output.contains("Le Quotidien, 14 mars 2013, "), "\(cited.output)")
        #expect(!cited.output.contains("13 mars"), "\(cited.output)")
        // The reader's list, from the library and from the files, says the same day.
        let listed = try parole(["read"] + library + ["--render", "100x10"])
        #expect(listed.output.contains("2013-03-14"), "\(listed.output)")
        let files = try parole(["--render", "100x10", "port.html", "autre.html"])
        #expect(files.output.contains("2013-03-14"), "\(files.output)")
    }

    @Test func listQuotesSearchAndExportGiveTheDayTheCitationGives() throws {
        try write("port.html", Self.page)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html"]).status == 0)
        // The citation's day, the 14th, in every listing: never the UTC day, the 13th.
        for command in [
            ["list"], ["quotes"], ["quotes", "--format", "csv"], ["quotes", "--words", "rouvrons"],
            ["search", "port"],
        ] {
            let out = try parole(command + library)
            #expect(out.status == 0)
            #expect(out.output.contains("2013-03-14"), "\(command): \(out.output)")
            #expect(!out.output.contains("2013-03-13"), "\(command): \(out.output)")
        }
        // The export writes the date with the offset it was published in: the same instant.
        let line = try parole(["export"] + library).output
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["date"] as? String == "2013-03-14T00:30:00+01:00")
        // The JSON of list and quotes keep the instant in UTC and give the offset beside it.
        let listed = try parole(["list", "--json"] + library).output
        #expect(listed.contains("\"dateOffset\" : 3600"), "\(listed)")
        #expect(listed.contains("\"date\" : \"2013-03-13T23:30:00Z\""), "\(listed)")
    }

    @Test func sinceUntilAndTheMonthsOfStatsTakeTheDayTheArticleWasPublished() throws {
        // Published on 1 March at 00:30 in Paris: 28 February in UTC.
        try write("port.html", Self.page.replacingOccurrences(of: "2013-03-14", with: "2013-03-01"))
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["port.html"]).status == 0)
        for command in [["list"], ["quotes"], ["actors"], ["export"]] {
            for (range, listed) in [
                (["--since", "2013-03-01"], true), (["--since", "2013-03"], true),
                (["--since", "2013-03-01", "--until", "2013-03-01"], true),
                (["--until", "2013-02-28"], false), (["--until", "2013-02"], false),
                (["--since", "2013-03-02"], false),
                // A date-time is an instant: the stored one, 23:30 UTC on the 28th.
                (["--since", "2013-02-28T23:00:00Z", "--until", "2013-02-28T23:45:00Z"], true),
            ] {
                let out = try parole(command + library + range)
                #expect(out.status == 0, "\(command) \(range): \(out.stderr)")
                let found = out.output.contains("Le port rouvre") || out.output.contains("Jeanne Roux")
                #expect(found == listed, "\(command) \(range): \(out.output)")
            }
        }
        let stats = try parole(["stats"] + library + ["--format", "csv"]).output
        #expect(stats.contains("by_month,2013-03,1"), "\(stats)")
        #expect(!stats.contains("2013-02"), "\(stats)")
        let march = try parole(["stats"] + library + ["--since", "2013-03", "--format", "json"]).output
        #expect(march.contains("\"quotes\" : 1") || march.contains("\"quotes\":1"), "\(march)")
    }

    @Test func aFeedDatedInCentralEuropeanTimeIsListedAndExportedOnItsDay() throws {
        try write(
            "fil.xml",
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title><link>https://exemple.fr/</link>
            <item><title>Le port rouvre</title><link>https://exemple.fr/port</link>
            <pubDate>Thu, 14 Mar 2013 00:30:00 CET</pubDate>
            <description>« Nous rouvrons lundi », a déclaré Jeanne Roux, directrice du port.</description></item>
            <item><title>La plage rouvre</title><link>https://exemple.fr/plage</link>
            <pubDate>Sat, 1 Jun 2013 00:15:00 CEST</pubDate>
            <description>« Nous rouvrons samedi », a déclaré Paul Roux, maire de la ville.</description></item>
            </channel></rss>
            """)
        let library = ["--library", "lib.sqlite"]
        #expect(try parole(["add"] + library + ["fil.xml"]).status == 0)
        let listed = try parole(["list"] + library).output
        #expect(listed.contains("2013-03-14"), "\(listed)")
        #expect(listed.contains("2013-06-01"), "\(listed)")
        let exported = try parole(["export"] + library).output
        #expect(exported.contains("\"date\":\"2013-03-14T00:30:00+01:00\""), "\(exported)")
        #expect(exported.contains("\"date\":\"2013-06-01T00:15:00+02:00\""), "\(exported)")
    }

    @Test func aDatelineStoredBeforeOffsetsWereKeptKeepsItsDayEastToUTCPlus14() throws {
        // "14 mars 2013. - …": stored at noon UTC, without an offset before migration v12.
        let dateline = Date(timeIntervalSince1970: 1_363_262_400)  // 2013-03-14T12:00:00Z
        for identifier in [
            "Pacific/Auckland", "Pacific/Tongatapu", "Pacific/Kiritimati", "Pacific/Pago_Pago",
        ] {
            let zone = try #require(TimeZone(identifier: identifier))
            #expect(
                DayFormat.publicationDay(dateline, offset: nil, zone: zone) == "2013-03-14", "\(identifier)")
        }
        // Before 1970 too (a negative count of seconds).
        let old = Date(timeIntervalSince1970: -86_400 * 365 + 43_200)  // 1969-01-01T12:00:00Z
        let tonga = try #require(TimeZone(identifier: "Pacific/Tongatapu"))
        #expect(DayFormat.publicationDay(old, offset: nil, zone: tonga) == "1969-01-01")
        // A time of day that is no dateline's is still read in the reader's zone.
        let evening = Date(timeIntervalSince1970: 1_363_262_400 + 3_600)  // 13:00 UTC
        let auckland = try #require(TimeZone(identifier: "Pacific/Auckland"))
        #expect(DayFormat.publicationDay(evening, offset: nil, zone: auckland) == "2013-03-15")
    }

    @Test func theExportsDateTimeCarriesItsOffsetOrSaysUTC() {
        let instant = Date(timeIntervalSince1970: 1_363_217_400)  // 2013-03-13T23:30:00Z
        #expect(DayFormat.dateTime(instant, offset: nil) == "2013-03-13T23:30:00Z")
        #expect(DayFormat.dateTime(instant, offset: 3600) == "2013-03-14T00:30:00+01:00")
        #expect(DayFormat.dateTime(instant, offset: -18_000) == "2013-03-13T18:30:00-05:00")
        #expect(DayFormat.dateTime(instant, offset: 19_800) == "2013-03-14T05:00:00+05:30")
        // A day alone (offset 0): its day, at midnight, with a zero offset rather than `Z`.
        let day = Date(timeIntervalSince1970: 1_363_219_200)
        #expect(DayFormat.dateTime(day, offset: 0) == "2013-03-14T00:00:00+00:00")
        // Before 1970, and the same instant as ISO 8601 reads it back.
        let old = Date(timeIntervalSince1970: -86_400 * 365 - 1)
        let written = DayFormat.dateTime(old, offset: -3600)
        #expect(written == "1968-12-31T22:59:59-01:00")
        #expect(ISO8601DateFormatter().date(from: written) == old)
    }

    @Test func aDateInUTCIsReadInLocalTimeAndADayAloneStaysItsDay() throws {
        let late = Date(timeIntervalSince1970: 1_363_217_400)  // 2013-03-13T23:30:00Z
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let montreal = try #require(TimeZone(identifier: "America/Montreal"))
        #expect(DayFormat.publicationDay(late, offset: nil, zone: paris) == "2013-03-14")
        #expect(DayFormat.publicationDay(late, offset: nil, zone: montreal) == "2013-03-13")
        // The article's own offset wins over the reader's zone.
        #expect(DayFormat.publicationDay(late, offset: 3600, zone: montreal) == "2013-03-14")
        // A day alone (midnight UTC, no offset kept) is never moved to the day before.
        let day = Date(timeIntervalSince1970: 1_363_219_200)  // 2013-03-14T00:00:00Z
        #expect(DayFormat.publicationDay(day, offset: nil, zone: montreal) == "2013-03-14")
        #expect(DayFormat.publicationDay(day, offset: 0, zone: montreal) == "2013-03-14")
    }
}
