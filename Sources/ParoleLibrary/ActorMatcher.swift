import GRDB
import ParoleKit

/// Decides which library actor an article's actor is: the same name and type as a library actor
/// ("Dmitri Peskov" and "Dmitri Peskov"), or — for people — the surname alone of exactly one
/// library actor with a role in common ("Peskov, porte-parole du Kremlin" and "Dmitri Peskov,
/// porte-parole du Kremlin"). Otherwise a new library actor is made. Merges that a user undid
/// are never made again.
struct ActorMatcher {
    let db: Database

    /// The library actor for `actor`, and why it was merged (nil when it is new).
    struct Match {
        /// The library actor's identifier.
        var actorId: Int64
        /// Why an existing actor was chosen; nil for a new actor.
        var reason: String?
    }

    /// Finds or makes the library actor of `actor`, and records its names and roles.
    func match(_ actor: Actor) throws -> Match {
        let key = NameKey.of(actor.name)
        let type = actor.type.rawValue
        let keptApart = try Set(
            Int64.fetchAll(
                db.cachedStatement(sql: "SELECT actorId FROM keptApart WHERE key = ?"), arguments: [key]))
        let roles = Set(actor.aliases.filter(NameKey.isRole).map(NameKey.of))
        var found: Match?
        let sameName = try Int64.fetchAll(
            db.cachedStatement(
                sql: "SELECT id FROM actor WHERE key = ? AND type = ? ORDER BY quoteCount DESC, id"),
            arguments: [key, type])
        if let id = sameName.first(where: { !keptApart.contains($0) }) {
            found = Match(actorId: id, reason: "same name")
        } else if actor.type == .person, !roles.isEmpty {
            let words = key.split(separator: " ").count
            let candidates: [Int64]
            if words == 1 {
                candidates = try Int64.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM actor WHERE surnameKey = ? AND type = ?"),
                    arguments: [key, type])
            } else {
                candidates = try Int64.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM actor WHERE key = ? AND type = ?"),
                    arguments: [NameKey.surname(ofKey: key), type])
            }
            let open = candidates.filter { !keptApart.contains($0) }
            if open.count == 1, try sharesRole(open[0], roles) {
                found = Match(actorId: open[0], reason: "same surname and role")
                if words > 1 {
                    try db.cachedStatement(
                        sql: "UPDATE actor SET name = ?, key = ?, surnameKey = ? WHERE id = ?"
                    ).execute(arguments: [actor.name, key, NameKey.surname(ofKey: key), open[0]])
                }
            }
        }
        let match: Match
        if var found {
            // An actor only this article names (the article stored again) is no merge.
            if try Int.fetchOne(
                db.cachedStatement(sql: "SELECT articleCount FROM actor WHERE id = ?"),
                arguments: [found.actorId])
                ?? 0 <= 0
            {
                found.reason = nil
            }
            match = found
        } else {
            try db.cachedStatement(sql: "INSERT INTO actor (name, type, key, surnameKey) VALUES (?, ?, ?, ?)")
                .execute(arguments: [actor.name, type, key, NameKey.surname(ofKey: key)])
            match = Match(actorId: db.lastInsertedRowID, reason: nil)
        }
        try recordNames(of: actor, for: match.actorId)
        return match
    }

    private func sharesRole(_ id: Int64, _ roles: Set<String>) throws -> Bool {
        let known = try String.fetchAll(
            db.cachedStatement(sql: "SELECT key FROM alias WHERE actorId = ? AND isRole = 1"), arguments: [id]
        )
        return known.contains(where: roles.contains)
    }

    private func recordNames(of actor: Actor, for id: Int64) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO alias (actorId, key, text, isRole) VALUES (?, ?, ?, ?)")
        for name in [actor.name] + actor.aliases {
            let key = NameKey.of(name)
            guard !key.isEmpty else { continue }
            try statement.execute(arguments: [id, key, name, NameKey.isRole(name)])
        }
    }
}
