import Foundation
import ParoleKit
import Testing

@testable import ParoleLibrary

/// A source's other name that is a bare common noun phrase ("sondage", "société de conseil")
/// names it only inside its article: the library does not file it for look-ups across
/// articles, while names and acronyms ("sondage Opinia", "CGT") and people's roles still are.
@Suite final class CommonNounAliasTests: LibrarySuite {

    func add(_ id: String, _ speakers: [Fixture.Speaker]) throws {
        try addArticle(id, on: "2012-06-01", speakers)
    }

    @Test func aDocumentsCommonNounAliasFindsNoLibraryActor() throws {
        try add(
            "1",
            [
                .init(
                    name: "sondage Opinia pour la chaîne", aliases: ["sondage Opinia", "sondage"],
                    kind: .document)
            ])
        try add(
            "2", [.init(name: "sondage réalisé pour le quotidien", aliases: ["sondage"], kind: .document)])
        #expect(try library.actors(named: "sondage").isEmpty)
        #expect(try library.actors(named: "sondage Opinia").map(\.name) == ["sondage Opinia pour la chaîne"])
        #expect(try library.merges().isEmpty)
    }

    @Test func anOrganisationsNounAliasIsNotFiledButItsAcronymIs() throws {
        try add(
            "1",
            [
                .init(
                    name: "Altéa Partners", aliases: ["société de conseil", "AP"], type: .organization,
                    kind: .organisation)
            ])
        #expect(try library.actors(named: "société de conseil").isEmpty)
        #expect(try library.actors(named: "AP").map(\.name) == ["Altéa Partners"])
    }

    @Test func aPersonsRoleIsStillFiled() throws {
        try add("1", [.init(name: "Dmitri Peskov", aliases: ["porte-parole"])])
        #expect(try library.actors(named: "porte-parole").map(\.name) == ["Dmitri Peskov"])
    }
}
