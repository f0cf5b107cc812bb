import GRDB
import ParoleKit

/// Decides which library actor an article's actor is: the same name and type as a library actor
/// ("Dmitri Peskov" and "Dmitri Peskov"), or — for people — one person under a shorter or
/// fuller form of the name: the surname alone when only one library person has that surname
/// ("Obama" and "Barack Obama"), an initial for the first name ("B. Obama"), or, among several
/// people with one surname, the only one with a role in common ("Peskov, porte-parole du
/// Kremlin"). Two people who share only a surname stay apart ("Marine Le Pen", "Jean-Marie Le
/// Pen"), and an anonymous source or a document is matched by its whole phrase only. Otherwise a
/// new library actor is made. Merges that a user undid are never made again.
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
            found = Match(actorId: id, reason: ActorMerge.sameNameReason)
        } else if actor.type == .person, actor.kind == .person {
            // Only a named person goes by a shorter or fuller form of the name: "des
            // scientifiques" (an anonymous source) is not "le modèle émis par les scientifiques".
            found = try samePerson(key: key, name: actor.name, type: type, roles: roles, keptApart: keptApart)
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

    /// The one library person that a person's name also names, by the rules of
    /// ``NameKey/samePerson(_:_:)``: a surname alone and a full name ("Obama", "Barack Obama"),
    /// an initial and a first name ("B. Obama", "Barack Obama"). A surname alone merges only
    /// when one library person has that surname, or when exactly one of several shares a role.
    private func samePerson(
        key: String, name: String, type: String, roles: Set<String>, keptApart: Set<Int64>
    ) throws -> Match? {
        let surname = NameKey.surname(ofKey: key)
        let namesakes = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT id, key FROM actor WHERE surnameKey = ? AND type = ? ORDER BY id"),
            arguments: [surname, type]
        ).map { (id: $0["id"] as Int64, key: $0["key"] as String) }
        let open = namesakes.filter { !keptApart.contains($0.id) && NameKey.samePerson($0.key, key) }
        let candidate: (id: Int64, key: String)
        var reason: String
        if open.count == 1 {
            candidate = open[0]
            if try sharesRole(candidate.id, roles) {
                reason = "same surname and role"
            } else if NameKey.isInitialForm(key) || NameKey.isInitialForm(candidate.key) {
                reason = "same initial and surname"
            } else {
                reason = "same surname, the only one"
            }
        } else {
            // Several people go by this name: only a role in common tells which one it is.
            var sharing: [(id: Int64, key: String)] = []
            for c in open where try sharesRole(c.id, roles) { sharing.append(c) }
            guard sharing.count == 1 else { return nil }
            candidate = sharing[0]
            reason = "same surname and role"
        }
        // The library keeps the fullest name: "Barack Obama" rather than "Obama" or "B. Obama".
        if NameKey.isFuller(key, than: candidate.key) {
            try db.cachedStatement(sql: "UPDATE actor SET name = ?, key = ?, surnameKey = ? WHERE id = ?")
                .execute(arguments: [name, key, surname, candidate.id])
        }
        return Match(actorId: candidate.id, reason: reason)
    }

    /// Names each of `actorIds` that still has appearances after the fullest name those
    /// appearances give ("Mac", not the "Taylor Mac" of an article taken out since), as
    /// ``match(_:)`` names an actor after the fullest name it meets.
    func renameAfterAppearances(_ actorIds: Set<Int64>) throws {
        for id in actorIds.sorted() {
            let names = try String.fetchAll(
                db.cachedStatement(sql: "SELECT name FROM appearance WHERE actorId = ? ORDER BY id"),
                arguments: [id])
            guard var fullest = names.first else { continue }
            for name in names.dropFirst() where NameKey.isFuller(NameKey.of(name), than: NameKey.of(fullest))
            {
                fullest = name
            }
            let key = NameKey.of(fullest)
            try db.cachedStatement(
                sql: "UPDATE actor SET name = ?, key = ?, surnameKey = ? WHERE id = ? AND key <> ?"
            ).execute(arguments: [fullest, key, NameKey.surname(ofKey: key), id, key])
        }
    }

    private func sharesRole(_ id: Int64, _ roles: Set<String>) throws -> Bool {
        let known = try String.fetchAll(
            db.cachedStatement(sql: "SELECT key FROM alias WHERE actorId = ? AND isRole = 1"), arguments: [id]
        )
        return known.contains(where: roles.contains)
    }

    /// Records the names `actor` is looked up by across articles: its name and its other names,
    /// but not, for a source other than a named person, an other name that is a bare common noun
    /// phrase ("sondage", "société de conseil"): it names the source in its article only, and
    /// would find every other source so described. A person's roles ("porte-parole") stay.
    private func recordNames(of actor: Actor, for id: Int64) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO alias (actorId, key, text, isRole) VALUES (?, ?, ?, ?)")
        let aliases =
            actor.kind == .person ? actor.aliases : actor.aliases.filter { !Self.isCommonNounPhrase($0) }
        for name in [actor.name] + aliases {
            let key = NameKey.of(name)
            guard !key.isEmpty else { continue }
            try statement.execute(arguments: [id, key, name, NameKey.isRole(name)])
        }
    }

    /// Whether `name` holds no capitalised name nor acronym: only lower-case words.
    static func isCommonNounPhrase(_ name: String) -> Bool {
        !name.contains { $0.isUppercase }
    }
}
