import Foundation
import GRDB
import ParoleKit
import ParoleSources
import Testing

@testable import ParoleLibrary

/// Corrections of speakers and quotes: applied at once, kept apart from the analysis, and
/// applied again when the article is analysed again.
@Suite final class CorrectionTests: LibrarySuite {

    static let speakers: [Fixture.Speaker] = [
        .init(name: "Anne Martin", quotes: ["Nous irons jusqu'au bout", "Rien n'est décidé"]),
        .init(name: "Paul Durand", quotes: ["Le projet est mort"]),
    ]

    /// Adds the test article (analysed by `version`) and returns its identifier.
    @discardableResult
    func add(_ analysis: Analysis, version: String = "1") throws -> Int64 {
        try library.add(LibraryEntry(source: "test:article", analysisVersion: version), analysis: analysis)
        return try #require(try library.articleId(source: "test:article"))
    }

    func speakers(_ id: Int64) throws -> [String?] {
        try #require(try library.article(id: id)).analysis.quotes.map(\.speaker?.text)
    }

    @Test func aSpeakerCorrectionShowsInTheArticleTheQuotesAndTheActors() throws {
        let id = try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        try library.correct(articleId: id, .speaker(quote: 3, name: "anne martin"))
        #expect(try speakers(id) == ["Anne Martin", "Anne Martin", "Anne Martin"])
        let anne = try #require(try library.actors(named: "Anne Martin").first)
        #expect(anne.quotes == 3)
        #expect(try library.actors(named: "Paul Durand").first?.quotes == 0)
        #expect(try library.quotes(actorIds: [anne.id]).count == 3)
        // A new name becomes an actor of its own.
        try library.correct(articleId: id, .speaker(quote: 1, name: "Claire  Dubois"))
        #expect(try speakers(id) == ["Claire Dubois", "Anne Martin", "Anne Martin"])
        #expect(try library.actors(named: "Claire Dubois").first?.quotes == 1)
    }

    @Test func aCorrectionSurvivesANewAnalysisThatCutsTheQuoteDifferently() throws {
        let analysis = Fixture.analysis("a", title: "Titre", speakers: Self.speakers)
        let id = try add(analysis)
        try library.correct(articleId: id, .speaker(quote: 3, name: "Anne Martin"))
        try library.correct(articleId: id, .notQuote(quote: 2))
        // A newer Parole: the third quote now takes one more word, and a new quote comes first.
        var newer = analysis
        var third = newer.quotes[2]
        let longer = Array(newer.text.unicodeScalars)[third.span.start..<(third.span.end + 2)]
        third.span = Span(third.span.start, third.span.end + 2)
        third.text = String(String.UnicodeScalarView(longer))
        newer.quotes[2] = third
        newer.quotes.insert(Quote(span: Span(0, 5), text: "Titre", kind: .partial), at: 0)
        #expect(
            try library.add(LibraryEntry(source: "test:article", analysisVersion: "2"), analysis: newer)
                == .updated)
        let stored = try #require(try library.article(id: id)).analysis
        #expect(stored.quotes.map(\.text) == ["Titre", "Nous irons jusqu'au bout", third.text])
        #expect(stored.quotes.map(\.speaker?.text) == [nil, "Anne Martin", "Anne Martin"])
        #expect(try library.unplacedCorrections().isEmpty)
        #expect(try library.corrections(articleId: id).count == 2)
    }

    @Test func aReadArticleStaysReadWhenANewerParoleAnalysesItAgainAndIsUnreadWhenItsTextChanges() throws {
        let analysis = Fixture.analysis("a", title: "Titre", speakers: Self.speakers)
        let id = try add(analysis)
        try library.setRead(articleId: id, true)
        #expect(try add(analysis, version: "2") == id)
        #expect(try library.isRead(articleId: id))
        // The page itself changed: new words to read (docs/feeds.md).
        let edited = Fixture.analysis("a", title: "Titre\nUn paragraphe de plus.", speakers: Self.speakers)
        #expect(
            try library.add(LibraryEntry(source: "test:article", analysisVersion: "2"), analysis: edited)
                == .updated)
        #expect(try library.articleId(source: "test:article") == id)
        #expect(try !library.isRead(articleId: id))
    }

    @Test func aCorrectionFollowsItsQuoteWhenTheTextMoves() throws {
        let analysis = Fixture.analysis("a", title: "Titre", speakers: Self.speakers)
        let id = try add(analysis)
        try library.correct(articleId: id, .speaker(quote: 3, name: "Anne Martin"))
        // The article was edited: a paragraph was added after the title, so every offset moves.
        let edited = Fixture.analysis(
            "a", title: "Titre\nUn paragraphe ajouté en tête de l'article.", speakers: Self.speakers)
        #expect(try library.add(LibraryEntry(source: "test:article"), analysis: edited) == .updated)
        let stored = try #require(try library.article(id: id)).analysis
        #expect(stored.quotes[2].span != analysis.quotes[2].span)
        #expect(stored.quotes.map(\.speaker?.text) == ["Anne Martin", "Anne Martin", "Anne Martin"])
    }

    @Test func aCorrectionThatCannotBePlacedIsReportedAndKept() throws {
        let id = try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        try library.correct(articleId: id, .speaker(quote: 3, name: "Anne Martin"))
        var rewritten = Self.speakers
        rewritten[1].quotes = ["Le projet vit encore"]
        try library.add(
            LibraryEntry(source: "test:article"),
            analysis: Fixture.analysis("a", title: "Titre", speakers: rewritten))
        let unplaced = try library.unplacedCorrections()
        #expect(unplaced.map(\.quoteText) == ["Le projet est mort"])
        #expect(try library.unplacedCorrections(sources: ["test:article"]).count == 1)
        #expect(try library.corrections().count == 1)
        #expect(try speakers(id) == ["Anne Martin", "Anne Martin", "Paul Durand"])
        // Put back, the words find their correction again.
        try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        #expect(try library.unplacedCorrections().isEmpty)
        #expect(try speakers(id) == ["Anne Martin", "Anne Martin", "Anne Martin"])
    }

    @Test func notAQuoteRemovesItEverywhere() throws {
        let id = try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        try library.correct(articleId: id, .notQuote(quote: 1))
        #expect(try library.article(id: id)?.summary.quotes == 2)
        #expect(try library.articles().first?.quotes == 2)
        #expect(try library.actors(named: "Anne Martin").first?.quotes == 1)
        #expect(try library.quotes().map(\.text) == ["Rien n'est décidé", "Le projet est mort"])
    }

    @Test func aCorrectionSurvivesAnActorMergeAndItsUndo() throws {
        let id = try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        try library.correct(articleId: id, .speaker(quote: 1, name: "Paul Durand"))
        try library.correct(articleId: id, .merge(actor: "Paul Durand", into: "Anne Martin"))
        var stored = try #require(try library.article(id: id)).analysis
        #expect(stored.actors.map(\.name) == ["Anne Martin"])
        #expect(stored.actors[0].aliases.contains("Paul Durand"))
        #expect(stored.quotes.map(\.speaker?.text) == ["Anne Martin", "Anne Martin", "Anne Martin"])
        #expect(try library.actors(named: "Paul Durand").first?.quotes == 3)
        try library.correct(articleId: id, .split(actor: "Paul Durand"))
        stored = try #require(try library.article(id: id)).analysis
        #expect(stored.actors.map(\.name) == ["Anne Martin", "Paul Durand"])
        #expect(stored.quotes.map(\.speaker?.text) == ["Paul Durand", "Anne Martin", "Paul Durand"])
        #expect(try library.corrections(articleId: id).map(\.decision) == [.speaker])
    }

    @Test func aCorrectionSurvivesALibraryMergeAndItsUndo() throws {
        let role = "porte-parole du Kremlin"
        try library.add(
            LibraryEntry(source: "test:first"),
            analysis: Fixture.analysis(
                "f", title: "Un", speakers: [.init(name: "Dmitri Peskov", aliases: [role], quotes: ["Non"])]))
        let id = try add(
            Fixture.analysis(
                "a", title: "Deux",
                speakers: [
                    .init(name: "Peskov", aliases: [role], quotes: ["Oui", "Peut-être"]),
                    .init(name: "Paul Durand", quotes: ["Jamais"]),
                ]))
        try library.correct(articleId: id, .speaker(quote: 2, name: "Paul Durand"))
        let merge = try #require(try library.merges().first)
        #expect(merge.name == "Peskov")
        try library.unmerge(appearanceId: merge.appearanceId)
        #expect(try speakers(id) == ["Peskov", "Paul Durand", "Paul Durand"])
        // Another correction of the article re-derives its actors: the undone merge stays undone.
        try library.correct(articleId: id, .speaker(quote: 3, name: "Peskov"))
        #expect(try speakers(id) == ["Peskov", "Paul Durand", "Peskov"])
        #expect(try library.merges().isEmpty)
        #expect(try library.actors(named: "Dmitri Peskov").map(\.quotes) == [1])
    }

    @Test func correctionsTravelToAnotherLibrary() throws {
        let analysis = Fixture.analysis("a", title: "Titre", speakers: Self.speakers)
        let id = try add(analysis)
        try library.correct(articleId: id, .speaker(quote: 3, name: "Anne Martin"))
        try library.correct(articleId: id, .gender(actor: "Paul Durand", .male))
        let exported = try library.corrections()
        let line = try JSONEncoder().encode(exported[0])
        let back = try JSONDecoder().decode(Correction.self, from: line)
        #expect(back == exported[0])

        let other = try Fixture.library(directory.path + "/other.sqlite")
        // Imported before the article is there, they wait for it.
        let early = try other.importCorrections(exported)
        #expect(early.added == 2 && early.waiting == 2)
        try other.add(LibraryEntry(source: "test:article"), analysis: analysis)
        let otherId = try #require(try other.articleId(source: "test:article"))
        #expect(
            try other.article(id: otherId)?.analysis.quotes.map(\.speaker?.text) == [
                "Anne Martin", "Anne Martin", "Anne Martin",
            ])
        let again = try other.importCorrections(exported)
        #expect(again.added == 0 && again.duplicates == 2)
    }

    @Test func importedCorrectionsStayWithAnArticleAddedFromAnotherPathWhenItsTextChanges() throws {
        let analysis = Fixture.analysis("a", title: "Titre", speakers: Self.speakers)
        let id = try add(analysis)
        try library.correct(articleId: id, .speaker(quote: 3, name: "Anne Martin"))
        let exported = try library.corrections()
        let edited = Fixture.analysis(
            "a", title: "Titre\nUn paragraphe ajouté en tête de l'article.", speakers: Self.speakers)
        // Imported after the article was added (from its own path), and before.
        for importFirst in [false, true] {
            let other = try Fixture.library(directory.path + "/other-\(importFirst).sqlite")
            if importFirst { _ = try other.importCorrections(exported) }
            try other.add(LibraryEntry(source: "/home/colleague/a.html"), analysis: analysis)
            if !importFirst { _ = try other.importCorrections(exported) }
            #expect(
                try other.add(LibraryEntry(source: "/home/colleague/a.html"), analysis: edited) == .updated)
            let otherId = try #require(try other.articleId(source: "/home/colleague/a.html"))
            #expect(
                try other.article(id: otherId)?.analysis.quotes.map(\.speaker?.text) == [
                    "Anne Martin", "Anne Martin", "Anne Martin",
                ])
            #expect(try other.corrections(articleId: otherId).count == 1)
            #expect(try other.importCorrections(exported).duplicates == 1)
        }
    }

    @Test func aCorrectionSummaryNeverDoublesTheQuoteGuillemets() {
        var correction = Correction(source: "a", hash: "h", decision: .speaker)
        correction.quoteText = "« Nous ne céderons pas »"
        correction.speaker = "Hu Jintao"
        #expect(correction.summary == "« Nous ne céderons pas » said by Hu Jintao")
        correction.quoteText = "la grève continuera"
        #expect(correction.summary == "« la grève continuera » said by Hu Jintao")
    }

    @Test func aWrongQuoteNumberOrActorIsAClearError() throws {
        let id = try add(Fixture.analysis("a", title: "Titre", speakers: Self.speakers))
        #expect(throws: LibraryError.self) {
            try library.correct(articleId: id, .speaker(quote: 9, name: "X"))
        }
        #expect(throws: LibraryError.self) {
            try library.correct(articleId: id, .merge(actor: "Nobody", into: "Anne Martin"))
        }
        #expect(throws: LibraryError.self) {
            try library.correct(articleId: id, .split(actor: "Anne Martin"))
        }
        #expect(try library.corrections().isEmpty)
    }
}

/// A library made before corrections existed is upgraded in place.
@Suite struct CorrectionMigrationTests {
    @Test func anOlderLibraryGetsTheCorrectionsTableAndTheGendersOfItsPeople() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/old.sqlite"
        let analysis = Fixture.analysis(
            "a", title: "Titre",
            speakers: [
                .init(name: "Anne Martin", quotes: ["Nous irons"]),
                .init(name: "ministère de la Défense", quotes: ["Rien"], type: .organization),
            ])
        do {
            // The schema as the migrations before v4 left it, with one article stored by hand.
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v3-subscriptions")
            try queue.write { db in
                var stored = analysis
                stored.text = ""
                try db.execute(
                    sql: """
                        INSERT INTO article (id, source, ident, title, text, hash, analysis, addedAt)
                        VALUES (1, 'test:old', 'a', 'Titre', ?, ?, ?, '2012-01-01T00:00:00Z');
                        INSERT INTO actor (id, name, type, key, surnameKey, quoteCount, mentionCount, articleCount)
                        VALUES (1, 'Anne Martin', 'PER', 'anne martin', 'martin', 1, 1, 1);
                        INSERT INTO appearance (id, articleId, actorId, localId, name, aliases, mentions, quotes)
                        VALUES (1, 1, 1, 'a1', 'Anne Martin', '[]', 1, 1);
                        """,
                    arguments: [
                        analysis.text, ContentHash.of(analysis.text),
                        AnalysisJSON.encode(stored, pretty: false),
                    ])
            }
        }
        let library = try Fixture.library(path)
        #expect(try library.corrections().isEmpty)
        let gender = try library.read { db in
            try String.fetchOne(db, sql: "SELECT gender FROM appearance WHERE id = 1")
        }
        #expect(gender == "female")
        try library.correct(articleId: 1, .speaker(quote: 2, name: "Anne Martin"))
        #expect(
            try library.article(id: 1)?.analysis.quotes.map(\.speaker?.text) == [
                "Anne Martin", "Anne Martin",
            ])
    }
}

/// What kind of speaker a name typed in a correction is.
@Suite struct TypedSpeakerKindTests {
    @Test func aBodyADocumentAnUnnamedSourceOrAPerson() {
        #expect(CorrectionApplier.speakerType(named: "gouvernement tibétain en exil").1 == .organisation)
        #expect(CorrectionApplier.speakerType(named: "Le ministère de la Santé").1 == .organisation)
        #expect(CorrectionApplier.speakerType(named: "le communiqué").1 == .document)
        #expect(CorrectionApplier.speakerType(named: "une source diplomatique").1 == .anonymousSource)
        #expect(CorrectionApplier.speakerType(named: "Claire Dubois").1 == .person)
        // The nouns are the article's language's: none for a language without resources.
        let none = WordLists.of(languageCode: "en")
        #expect(CorrectionApplier.speakerType(named: "le communiqué", words: none).1 == .anonymousSource)
        let french = WordLists.of(languageCode: "fr-FR")
        #expect(CorrectionApplier.speakerType(named: "le communiqué", words: french).1 == .document)
    }

    @Test func anAcronymIsABodyAndANameTheArticleTypesKeepsThatType() {
        #expect(CorrectionApplier.speakerType(named: "EPA") == (.organization, .organisation))
        #expect(CorrectionApplier.speakerType(named: "OCDE") == (.organization, .organisation))
        #expect(CorrectionApplier.speakerType(named: "Claire DUBOIS").1 == .person)
        let entities = [Entity(span: Span(0, 8), type: .organization, text: "Greenpeace")]
        #expect(
            CorrectionApplier.speakerType(named: "greenpeace", entities: entities) == (
                .organization, .organisation
            ))
        #expect(CorrectionApplier.speakerType(named: "Greenpeace").1 == .person)
    }
}

/// Which actor a name typed in a correction designates.
@Suite struct CorrectionActorNameTests {
    private func analysis(_ actors: [Actor]) -> Analysis {
        Analysis(id: "t", title: "T", text: "T", paragraphs: [], entities: [], quotes: [], actors: actors)
    }

    @Test func aNameOrAnAliasOfOneActorNamesThatActor() {
        let actors = [
            Actor(id: "a1", name: "Institut Ifop", type: .organization, aliases: ["sondage Ifop"]),
            Actor(id: "a2", name: "Claire Dubois", type: .person, aliases: ["la ministre"]),
        ]
        #expect(CorrectionApplier.actorIndex(named: "claire dubois", in: analysis(actors)) == 1)
        #expect(CorrectionApplier.actorIndex(named: "La Ministre", in: analysis(actors)) == 1)
        #expect(CorrectionApplier.actorIndex(named: "sondage Ifop", in: analysis(actors)) == 0)
    }

    @Test func anAliasSeveralActorsShareNamesNone() {
        let actors = [
            Actor(
                id: "a1", name: "un sondage réalisé pour la chaîne", type: .miscellaneous,
                aliases: ["sondage"]),
            Actor(id: "a2", name: "un sondage publié dimanche", type: .miscellaneous, aliases: ["sondage"]),
        ]
        #expect(CorrectionApplier.actorIndex(named: "sondage", in: analysis(actors)) == nil)
        #expect(CorrectionApplier.actorIndex(named: "un sondage publié dimanche", in: analysis(actors)) == 1)
    }
}
