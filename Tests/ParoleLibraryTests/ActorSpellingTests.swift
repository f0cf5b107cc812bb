import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// The spellings of a name a researcher types after `--actor`, and the library actors each
/// names by the one rule of ``TypedActorName``.
@Suite final class ActorSpellingTests: LibrarySuite {

    func add(_ id: String, _ speakers: [Fixture.Speaker]) throws {
        try addArticle(id, on: "2012-06-0\(id)", speakers)
    }

    func names(_ typed: String) throws -> [String] {
        try library.actors(named: typed).map(\.name).sorted()
    }

    @Test func theSpellingsOfOnePersonAllFindThatPersonAndNoOther() throws {
        try add("1", [.init(name: "Barack Obama", quotes: ["Un"])])
        try add("2", [.init(name: "Hélène Lévêque", quotes: ["Deux"])])
        try add("3", [.init(name: "Obama Care", quotes: ["Trois"], type: .organization)])
        for typed in [
            "Barack Obama", "barack obama", "obama", "Obama", "OBAMA", "Obama Barack", "B. Obama", "b obama",
            "M. Obama", "le président Obama", "Obama, Barack",
        ] {
            #expect(try names(typed) == ["Barack Obama"], "\(typed)")
        }
        for typed in [
            "Hélène Lévêque", "Helene Leveque", "leveque", "LÉVÊQUE Hélène", "H. Leveque", "Mme Lévêque",
        ] {
            #expect(try names(typed) == ["Hélène Lévêque"], "\(typed)")
        }
        // Another first name or initial, a part of a word, or a role alone names no one.
        for typed in ["Michelle Obama", "P. Obama", "Obam", "Barack Obama Junior", "le président", "M."] {
            #expect(try names(typed).isEmpty, "\(typed)")
        }
        // An organisation answers to its whole name only.
        #expect(try names("Obama Care") == ["Obama Care"])
    }

    @Test func mIsMonsieurFirstAndAnInitialOnlyWhenNoManAnswers() throws {
        try add("1", [.init(name: "Michelle Obama", quotes: ["Un"])])
        // No man Obama: "M." is Michelle's initial.
        #expect(try names("M. Obama") == ["Michelle Obama"])
        try add("2", [.init(name: "Barack Obama", quotes: ["Deux"])])
        #expect(try names("M. Obama") == ["Barack Obama"])
        #expect(try names("Mme Obama") == ["Michelle Obama"])
        #expect(try names("Obama") == ["Barack Obama", "Michelle Obama"])
        #expect(try names("Obama Michelle") == ["Michelle Obama"])
        try add(
            "3",
            [
                .init(name: "Marine Le Pen", quotes: ["Trois"]),
                .init(name: "Jean-Marie Le Pen", quotes: ["Quatre"]),
            ])
        #expect(try names("M. Le Pen") == ["Jean-Marie Le Pen"])
        #expect(try names("Mlle Le Pen") == ["Marine Le Pen"])
    }

    @Test func aNameOfManyRepeatedWordsIsMatchedAtOnce() throws {
        let name = Array(repeating: "Ali", count: 11).joined(separator: " ")
        try add("1", [.init(name: name, quotes: ["Un"])])
        let started = Date()
        #expect(try names(Array(repeating: "Ali", count: 12).joined(separator: " ")).isEmpty)
        #expect(try names(Array(repeating: "Ali", count: 10).joined(separator: " ") + " Bob").isEmpty)
        #expect(try names(Array(repeating: "Ali", count: 11).joined(separator: " ")) == [name])
        #expect(Date().timeIntervalSince(started) < 0.5)
    }

    @Test func aNameWithAnHonorificThatIsAnActorsWholeNameNamesThatActorOnly() throws {
        try add(
            "1",
            [.init(name: "Marie Fontaine", quotes: ["Un"]), .init(name: "Marc Fontaine", quotes: ["Deux"])])
        // "M." is Monsieur: the man, not Marie.
        #expect(try names("M. Fontaine") == ["Marc Fontaine"])
        // An article's "M. Fontaine" is the man too, by the same rule: no third Fontaine.
        try add("2", [.init(name: "M. Fontaine", quotes: ["Trois"])])
        #expect(try names("M. Fontaine") == ["Marc Fontaine"])
        #expect(try names("Fontaine") == ["Marc Fontaine", "Marie Fontaine"])
    }

    @Test func aFirstNameTellsAGenderToAnHonorificAsItDoesInAnArticle() throws {
        // "Aissa" is given to one sex in 80–95 % of births only: the article's gender estimate
        // reads no gender in it, and neither does a typed honorific; "Jean" is a man's.
        try add(
            "1",
            [.init(name: "Aissa Fontaine", quotes: ["Un"]), .init(name: "Jean Fontaine", quotes: ["Deux"])])
        #expect(try names("Mme Fontaine") == ["Aissa Fontaine"])
        #expect(try names("M. Fontaine") == ["Aissa Fontaine", "Jean Fontaine"])
    }

    @Test func theWholeNameOfAnyActorAndARoleItWasGivenFindIt() throws {
        try add(
            "1",
            [
                .init(name: "Dmitri Peskov", aliases: ["porte-parole du Kremlin"], quotes: ["Un"]),
                .init(name: "une source diplomatique", quotes: ["Deux"], kind: .anonymousSource),
            ])
        #expect(try names("porte-parole du Kremlin") == ["Dmitri Peskov"])
        #expect(try names("Une source diplomatique") == ["une source diplomatique"])
        // A description answers to its whole phrase only, not to one of its words.
        #expect(try names("source").isEmpty)
        #expect(try names("le porte-parole Peskov") == ["Dmitri Peskov"])
    }
}
