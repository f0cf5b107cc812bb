import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// One person is one library actor across articles, whatever form of the name each article
/// uses; two people who share a surname stay two.
@Suite final class PersonMergeTests: LibrarySuite {

    func add(_ id: String, _ name: String) throws {
        try library.add(
            LibraryEntry(source: "test:\(id)", date: Fixture.day("2012-06-0\(id)")),
            analysis: Fixture.analysis(
                id, title: "Article \(id)", speakers: [.init(name: name, quotes: ["Q\(id)"])]))
    }

    @Test func obamaBarackObamaAndBObamaAreOnePerson() throws {
        try add("1", "Obama")
        try add("2", "Barack Obama")
        try add("3", "B. Obama")
        let actors = try library.actors()
        #expect(actors.map(\.name) == ["Barack Obama"])
        #expect(actors.first?.quotes == 3)
        let merges = try library.merges()
        #expect(merges.map(\.reason) == ["same surname, the only one", "same initial and surname"])
    }

    @Test func aMergeSaysWhichNameItJoinedNotOnlyTheFullerNameTheActorTookSince() throws {
        try add("1", "Obama")
        try add("2", "Barack Obama")
        try add("3", "B. Obama")
        let merges = try library.merges()
        #expect(merges.map(\.name) == ["Barack Obama", "B. Obama"])
        #expect(merges.map(\.joinedName) == ["Obama", "Barack Obama"])
        #expect(merges.map(\.actorName) == ["Barack Obama", "Barack Obama"])
    }

    @Test func aMergedPersonIsNamedInItsArticlesByEachFormOfTheName() throws {
        try add("1", "Obama")
        try add("2", "Barack Obama")
        try add("3", "B. Obama")
        let ids = try library.actors(named: "Obama").map(\.id)
        #expect(try library.appearanceNames(ofActors: ids) == ["Obama", "Barack Obama", "B. Obama"])
        #expect(try library.appearanceNames(ofActors: []) == [])
    }

    @Test(arguments: [
        ["Fontaine", "Jean Fontaine", "M. Fontaine"], ["M. Fontaine", "Fontaine", "Jean Fontaine"],
        ["Jean Fontaine", "M. Fontaine", "Fontaine"], ["M. Fontaine", "Jean Fontaine"],
    ])
    func aNameWithAnHonorificIsThePersonOfThatSurname(_ names: [String]) throws {
        for (index, name) in names.enumerated() { try add("\(index + 1)", name) }
        let actors = try library.actors()
        #expect(actors.map(\.name) == ["Jean Fontaine"])
        #expect(actors.first?.quotes == names.count)
    }

    @Test func anHonorificOfTheOtherGenderKeepsTwoPeopleApart() throws {
        try add("1", "Jean Fontaine")
        try add("2", "Mme Fontaine")
        try add("3", "M. Fontaine")
        #expect(try library.actors().map(\.name).sorted() == ["Jean Fontaine", "Mme Fontaine"])
        #expect(try library.merges().map(\.reason) == ["same surname and honorific"])
    }

    /// Adds an article that writes `written` ("Mme Durand") where its analysis names the person
    /// `name` ("Durand"), as the analysis does for a common surname: the honorific stays in the
    /// text, before the mention, where the article's gender estimate reads it.
    func add(_ id: String, written: String, named name: String) throws {
        var analysis = Fixture.analysis(
            id, title: "Article \(id)", speakers: [.init(name: written, quotes: ["Q\(id)"])])
        let whole = analysis.actors[0].occurrences[0]
        let mention = Span(whole.end - name.unicodeScalars.count, whole.end)
        analysis.actors[0].name = name
        analysis.actors[0].occurrences = [mention]
        analysis.entities[0] = Entity(span: mention, type: .person, text: name)
        analysis.quotes[0].speaker = ParoleKit.Speaker(text: name, span: mention, actor: "a1")
        try library.add(
            LibraryEntry(source: "test:\(id)", date: Fixture.day("2012-06-0\(id)")), analysis: analysis)
    }

    @Test func aWomanAndAManOfOneSurnameAreTwoPeopleWhenTheNameLostItsHonorific() throws {
        try add("1", written: "Mme Durand", named: "Durand")
        try add("2", written: "M. Durand", named: "Durand")
        try add("3", written: "Paul Durand", named: "Paul Durand")
        try add("4", written: "Mme Durand", named: "Durand")
        // Mme Durand is neither M. Durand nor Paul Durand; whether those two are one man, only
        // an honorific or a role in common would tell: they stay apart, as "Le Pen" does.
        let actors = try library.actors().map { "\($0.name) \($0.quotes)" }.sorted()
        #expect(actors == ["Durand 1", "Durand 2", "Paul Durand 1"])
        #expect(try library.actors(named: "Mme Durand").map(\.quotes) == [2])
        #expect(try library.merges().map(\.reason) == ["same name"])
    }

    @Test func aFullNameIsOnePersonEvenWhenAnArticleReadsTheOtherGender() throws {
        // Article 1 writes "M." before each of three mentions: its estimate says a man, against
        // the first name; the next articles say a woman. One name with its first name is one
        // person, whatever one article's signs say.
        var analysis = Fixture.analysis(
            "1", title: "Article 1",
            speakers: Array(repeating: .init(name: "M. Marie Yilmaz", quotes: ["Q1"]), count: 3))
        let mentions = analysis.actors.map { Span($0.occurrences[0].start + 3, $0.occurrences[0].end) }
        analysis.actors = [
            Actor(
                id: "a1", name: "Marie Yilmaz", type: .person, occurrences: mentions, quotes: 3, kind: .person
            )
        ]
        analysis.entities = mentions.map { Entity(span: $0, type: .person, text: "Marie Yilmaz") }
        for (index, mention) in mentions.enumerated() {
            analysis.quotes[index].speaker = ParoleKit.Speaker(
                text: "Marie Yilmaz", span: mention, actor: "a1")
        }
        #expect(GenderEstimate().genders(in: analysis)["a1"] == .male)
        try library.add(LibraryEntry(source: "test:1", date: Fixture.day("2012-06-01")), analysis: analysis)
        try add("2", written: "Mme Marie Yilmaz", named: "Marie Yilmaz")
        try add("3", written: "Marie Yilmaz", named: "Marie Yilmaz")
        let actors = try library.actors().map { "\($0.name) \($0.quotes)" }
        #expect(actors == ["Marie Yilmaz 5"])
    }

    @Test func aOneLetterNameIsNoSurnameToMergeBy() throws {
        try add("1", "Alpha Centauri B")
        try add("2", "B")
        #expect(try library.actors().count == 2)
        #expect(try library.merges().isEmpty)
    }

    @Test func twoPeopleWhoShareASurnameStayApart() throws {
        try add("1", "Marine Le Pen")
        try add("2", "Jean-Marie Le Pen")
        #expect(try library.actors().count == 2)
        // The surname alone could be either of them: it stays apart too.
        try add("3", "Le Pen")
        #expect(try library.actors().count == 3)
        #expect(try library.merges().isEmpty)
    }

    @Test func anonymousSourcesAndDocumentsAreNotMergedByTheirLastWord() throws {
        try library.add(
            LibraryEntry(source: "test:1", date: Fixture.day("2012-06-01")),
            analysis: Fixture.analysis(
                "1", title: "Article 1",
                speakers: [.init(name: "modèle émis par les scientifiques", quotes: ["Q1"], kind: .document)])
        )
        try library.add(
            LibraryEntry(source: "test:2", date: Fixture.day("2012-06-02")),
            analysis: Fixture.analysis(
                "2", title: "Article 2",
                speakers: [.init(name: "scientifiques", quotes: ["Q2"], kind: .anonymousSource)]))
        #expect(try library.actors().count == 2)
        #expect(try library.merges().isEmpty)
    }

    @Test func differentFirstNamesAreDifferentPeople() {
        #expect(NameKey.samePerson("barack obama", "b obama"))
        #expect(NameKey.samePerson("obama", "barack obama"))
        #expect(NameKey.samePerson("jean marc ayrault", "j m ayrault"))
        #expect(!NameKey.samePerson("michelle obama", "barack obama"))
        #expect(!NameKey.samePerson("marine le pen", "jean marie le pen"))
    }
}
