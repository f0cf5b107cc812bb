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
    /// thousands of articles; the kind (as ``actors(top:)`` tells it: the kind of most of the
    /// actor's appearances) is read for the actors with an appearance of another kind than a
    /// person only, found through the partial index `appearance_kind`, so the ranking does not
    /// walk every appearance.
    public func actorRanking() throws(LibraryError) -> [(
        name: String, type: EntityType, kind: SpeakerKind, quotes: Int
    )] {
        try read { db in
            let kinds = try Library.kindsOfActorsNotOnlyPersons(db: db)
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

    /// The kind of most appearances of each actor that has an appearance of another kind than
    /// a person (ties: the first in `SpeakerKind`'s order); actors absent have only person
    /// appearances, or none.
    static func kindsOfActorsNotOnlyPersons(db: Database) throws -> [Int64: SpeakerKind] {
        var counts: [Int64: [SpeakerKind: Int]] = [:]
        let otherKinds = """
            SELECT actorId, kind, COUNT(*) AS n FROM appearance INDEXED BY appearance_kind
            WHERE kind != 'person' GROUP BY actorId, kind
            """
        for row in try Row.fetchAll(db, sql: otherKinds) {
            guard let kind = SpeakerKind(rawValue: row["kind"]) else { continue }
            counts[row["actorId"], default: [:]][kind] = row["n"]
        }
        guard !counts.isEmpty else { return [:] }
        let list = counts.keys.map(String.init).joined(separator: ",")
        let totals =
            "SELECT actorId, COUNT(*) AS n FROM appearance WHERE actorId IN (\(list)) GROUP BY actorId"
        for row in try Row.fetchAll(db, sql: totals) {
            let id: Int64 = row["actorId"]
            let total: Int = row["n"]
            let others = counts[id]?.values.reduce(0, +) ?? 0
            if total > others { counts[id, default: [:]][.person] = total - others }
        }
        return counts.mapValues { byKind in
            SpeakerKind.allCases.max { a, b in
                let (ca, cb) = (byKind[a] ?? 0, byKind[b] ?? 0)
                if ca != cb { return ca < cb }
                return SpeakerKind.allCases.firstIndex(of: a)! > SpeakerKind.allCases.firstIndex(of: b)!
            }!
        }
    }
}
