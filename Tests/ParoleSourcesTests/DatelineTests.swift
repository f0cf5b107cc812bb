import Foundation
import ParoleKit
import Testing

@testable import ParoleSources

/// Datelines are read with the month names of the text's language, from its resource file.
@Suite("Datelines read in the text's language")
struct DatelineTests {
    func day(_ date: Date?) -> String? {
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year!)-\(parts.month!)-\(parts.day!)"
    }

    @Test("a French dateline gives its date, the ordinal first day included")
    func frenchDateline() {
        #expect(
            day(Dateline.parse("14 février 2031. - Le conseil a voté", languageCode: "fr")) == "2031-2-14")
        #expect(day(Dateline.parse("1er août 2029 – Les pompiers", languageCode: "fr")) == "2029-8-1")
        #expect(day(Dateline.parse("3 DÉCEMBRE 2030 - La mairie")) == "2030-12-3")
    }

    @Test("a day past the month's length is no date, not a day of the next month")
    func dayPastTheMonthsEnd() {
        #expect(Dateline.parse("31 février 2012 - Le conseil", languageCode: "fr") == nil)
        #expect(Dateline.parse("29 février 2031 - Le conseil", languageCode: "fr") == nil)
        #expect(Dateline.parse("31 avril 2030 - La mairie", languageCode: "fr") == nil)
        #expect(day(Dateline.parse("29 février 2032 - Le conseil", languageCode: "fr")) == "2032-2-29")
        #expect(day(Dateline.parse("31 décembre 2030 - La mairie", languageCode: "fr")) == "2030-12-31")
    }

    @Test("words that are no dateline, and another language's text, give no date")
    func noDateline() {
        #expect(Dateline.parse("Le 14 février, le conseil a voté") == nil)
        #expect(Dateline.parse("32 mars 2031 - rien") == nil)
        #expect(Dateline.parse("14 février 31 - rien") == nil)
        #expect(Dateline.parse("14 Mai 2031 - Der Rat hat", languageCode: "de") == nil)
    }

    @Test("the first of a text's opening lines that is a dateline dates it")
    func openingLines() {
        let text = "Titre inventé\n7 juin 2028 - La commune a ouvert\nSuite"
        #expect(day(Dateline.date(openingLinesOf: text)) == "2028-6-7")
    }

    @Test("the month names file is typed: twelve months, ordinals with their day")
    func monthNamesFileIsChecked() throws {
        let french = try #require(MonthNames.of(languageCode: "fr"))
        #expect(french.months.count == 12 && french.month("Août") == 8 && french.day("1er") == 1)
        #expect(throws: ResourceFormatError.self) {
            try MonthNames(parsing: "[months]\njanvier\n[day-ordinals]\n")
        }
        #expect(throws: ResourceFormatError.self) {
            try MonthNames(parsing: "[months]\na b c d e f g h i j k l\n")
        }
    }
}
