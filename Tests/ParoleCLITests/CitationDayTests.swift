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
