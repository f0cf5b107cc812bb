import Foundation
import GRDB
import ParoleKit

extension Library {
    /// The names the library actors `actorIds` go by in their articles: the name of each of their
    /// appearances ("Barack Obama" in one article, "Obama" in another), each once, in the order
    /// first stored. The reader's actor filter matches an article's actor by these, so that an
    /// article the library counts for the actor is never hidden because it names them otherwise.
    public func appearanceNames(ofActors actorIds: [Int64]) throws(LibraryError) -> [String] {
        guard !actorIds.isEmpty else { return [] }
        let list = actorIds.map(String.init).joined(separator: ",")
        return try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM appearance WHERE actorId IN (\(list)) GROUP BY name ORDER BY min(id)")
        }
    }

    /// Every library actor's name, type, kind and quotes across articles, most quoted first (then
    /// most mentioned): what the reader's library actor picker lists. Unlike ``actors(top:)`` it
    /// reads no aliases, which take seconds for the tens of thousands of actors of a library of
    /// thousands of articles. The kind follows ``LibraryActorKind``, as in ``actors(top:)``; the
    /// actors with unnamed appearances are found through the partial index `appearance_kind`, so
    /// the ranking does not walk every appearance.
    public func actorRanking() throws(LibraryError) -> [(
        name: String, type: EntityType, kind: SpeakerKind, quotes: Int
    )] {
        try read { db in
            let kinds = try Library.kindsOfActorsOnceUnnamed(db: db)
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT id, name, type, quoteCount FROM actor ORDER BY quoteCount DESC, mentionCount DESC, id"
            ).map { row in
                let type = EntityType(rawValue: row["type"]) ?? .person
                let id: Int64 = row["id"]
                return (
                    name: row["name"], type: type,
                    kind: kinds[id] ?? (type == .person ? .person : .organisation),
                    quotes: row["quoteCount"]
                )
            }
        }
    }

    /// The kind of each actor with an appearance as an anonymous source or a document, when
    /// ``LibraryActorKind`` makes it one of these (else none: the actor's type tells it). Both
    /// counts come from indexes alone: the anonymous and
    /// document appearances from `appearance_kind`, each actor's total from `appearance_actor`,
    /// so an actor quoted in thousands of articles costs no row reads.
    static func kindsOfActorsOnceUnnamed(db: Database) throws -> [Int64: SpeakerKind] {
        var unnamed: [Int64: (anonymous: Int, document: Int)] = [:]
        let unnamedSQL = """
            SELECT actorId, kind, COUNT(*) AS n FROM appearance INDEXED BY appearance_kind
            WHERE kind IN ('anonymous', 'document') GROUP BY actorId, kind
            """
        for row in try Row.fetchAll(db, sql: unnamedSQL) {
            let id: Int64 = row["actorId"]
            let count: Int = row["n"]
            let kind: String = row["kind"]
            if kind == SpeakerKind.anonymous.rawValue {
                unnamed[id, default: (0, 0)].anonymous = count
            } else {
                unnamed[id, default: (0, 0)].document = count
            }
        }
        guard !unnamed.isEmpty else { return [:] }
        let list = unnamed.keys.map(String.init).joined(separator: ",")
        var kinds: [Int64: SpeakerKind] = [:]
        let totals =
            "SELECT actorId, COUNT(*) AS n FROM appearance WHERE actorId IN (\(list)) GROUP BY actorId"
        for row in try Row.fetchAll(db, sql: totals) {
            let id: Int64 = row["actorId"]
            let total: Int = row["n"]
            guard let (anonymous, document) = unnamed[id] else { continue }
            // The type only matters for a named actor, which is left out of the map.
            let kind = LibraryActorKind.of(
                type: .person, anonymous: anonymous, document: document, total: total)
            if kind == .anonymous || kind == .document { kinds[id] = kind }
        }
        return kinds
    }
}
