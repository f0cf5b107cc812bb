import GRDB
import ParoleKit

/// Decides which library actor an article's actor is: the same name and type as a library actor
/// ("Dmitri Peskov" and "Dmitri Peskov"), or — for people — one person under a shorter or
/// fuller form of the name: the surname alone when only one library person has that surname
/// ("Obama" and "Barack Obama"), an initial for the first name ("B. Obama"), or, among several
/// people with one surname, the only one with a role in common ("Peskov, porte-parole du
/// Kremlin"). Two people who share only a surname stay apart ("Marine Le Pen", "Jean-Marie Le
/// Pen"), and an anonymous source or a document is matched by its whole phrase only. A man and a
/// woman are never one actor, even of one name ("Mme Durand" and "M. Durand", both read
/// "Durand"): the gender the article gives its person is checked against the library's.
/// Otherwise a new library actor is made. Merges that a user undid are never made again.
struct ActorMatcher {
    let db: Database

    /// The library actor for `actor`, and why it was merged (nil when it is new).
    struct Match {
        /// The library actor's identifier.
        var actorId: Int64
        /// Why an existing actor was chosen; nil for a new actor.
        var reason: String?
    }

    /// Finds or makes the library actor of `actor`, whom its article gives the gender `gender`
    /// (unknown contradicts nothing), and records its names and roles.
    func match(_ actor: Actor, gender: SpeakerGender = .unknown) throws -> Match {
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
            arguments: [key, type]
        ).filter { !keptApart.contains($0) }
        // One name with a first name that tells a gender is one person whatever an article's
        // pronouns suggest ("Marie Yilmaz" misread as "il" once is still Marie Yilmaz); the
        // gender check keeps apart only names that lost what told it ("Mme Durand", "M. Durand").
        let firstNameGender = TypedActorName.genderEstimate.firstNameGender(actor.name)
        let checked = firstNameGender == nil ? gender : .unknown
        let known = checked == .unknown ? [:] : try Library.genders(of: sameName, db: db)
        if let id = sameName.first(where: { Self.agree(known[$0] ?? .unknown, checked) }) {
            found = Match(actorId: id, reason: ActorMerge.sameNameReason)
        } else if actor.type == .person, actor.kind == .person {
            // Only a named person goes by a shorter or fuller form of the name: "des
            // scientifiques" (an anonymous source) is not "le modèle émis par les scientifiques".
            found = try samePerson(
                TypedActorName(actor.name, titleWords: Self.titleWords), name: actor.name, gender: gender,
                type: type, roles: roles, keptApart: keptApart)
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

    /// A library person of the surname of an article's person: its id, the key of its name
    /// without honorifics (``TypedActorName/personKey``), its name, and the name as read.
    private typealias Namesake = (id: Int64, key: String, name: String, typed: TypedActorName)

    /// The title words a person's name is compared without ("M. Fontaine" is "Fontaine").
    static let titleWords = NameTitleWords(SpeakerKind.frenchWords)

    /// The one library person that a person's name also names, by the rules of
    /// ``NameKey/samePerson(_:_:)``: a surname alone and a full name ("Obama", "Barack Obama"),
    /// an initial and a first name ("B. Obama", "Barack Obama"). A surname alone merges only
    /// when one library person has that surname, or when exactly one of several shares a role.
    /// Names are compared without their honorifics ("M. Fontaine", "Fontaine", "Jean Fontaine"),
    /// and a gender (the honorific's, else the one the article gives, `gender`) must not
    /// contradict the other name's (its honorific, its first name, or the gender its articles
    /// give it): "M. Fontaine" is Marc Fontaine, not Marie.
    private func samePerson(
        _ typed: TypedActorName, name: String, gender: SpeakerGender, type: String, roles: Set<String>,
        keptApart: Set<Int64>
    ) throws -> Match? {
        let key = typed.personKey
        let surname = NameKey.surname(ofKey: key)
        let namesakes = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT id, key, name FROM actor WHERE surnameKey = ? AND type = ? ORDER BY id"),
            arguments: [surname, type]
        ).map { row -> Namesake in
            let name: String = row["name"]
            let stored = TypedActorName(name, titleWords: Self.titleWords)
            return (id: row["id"], key: stored.personKey, name: name, typed: stored)
        }
        var open = namesakes.filter {
            !keptApart.contains($0.id) && ($0.key == key || NameKey.samePerson($0.key, key))
        }
        // An honorific picks the one namesake of its gender; a gender the article gives by
        // weaker signs (a role noun, a pronoun) only keeps apart, never picks among several.
        var byHonorific = false
        let namesakeCount = open.count
        let hasHonorific = typed.hasHonorific || open.contains(where: { $0.typed.hasHonorific })
        if hasHonorific || gender != .unknown {
            let agreeing = try agreeingInGender(open, with: typed, name: name, gender: gender)
            byHonorific = hasHonorific && agreeing.count == 1 && open.count > 1
            open = agreeing
        }
        let candidate: Namesake
        var reason: String
        if byHonorific {
            candidate = open[0]
            reason = "same surname and honorific"
        } else if open.count == 1 && namesakeCount == 1 {
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
            var sharing: [Namesake] = []
            for c in open where try sharesRole(c.id, roles) { sharing.append(c) }
            guard sharing.count == 1 else { return nil }
            candidate = sharing[0]
            reason = "same surname and role"
        }
        // The library keeps the fullest name: "Barack Obama" rather than "Obama" or "B. Obama",
        // and a name without an honorific rather than the same with one ("Fontaine", not "M.
        // Fontaine").
        if NameKey.isFuller(key, than: candidate.key)
            || (key == candidate.key && !typed.hasHonorific && candidate.typed.hasHonorific)
        {
            let whole = NameKey.of(name)
            try db.cachedStatement(sql: "UPDATE actor SET name = ?, key = ?, surnameKey = ? WHERE id = ?")
                .execute(arguments: [name, whole, NameKey.surname(ofKey: whole), candidate.id])
        }
        return Match(actorId: candidate.id, reason: reason)
    }

    /// The people of `people` whose gender does not contradict the name `typed`'s: each side's
    /// gender is told by its honorific, else its first name, else — the article's person — the
    /// gender its article gives it (`given`), and a library person's by its articles
    /// (``Library/genders(of:db:)``); an unknown gender contradicts nothing.
    private func agreeingInGender(
        _ people: [Namesake], with typed: TypedActorName, name: String, gender given: SpeakerGender
    ) throws -> [Namesake] {
        guard
            let gender = typed.honorificGender ?? TypedActorName.genderEstimate.firstNameGender(name)
                ?? (given == .unknown ? nil : given),
            gender != .unknown
        else { return people }
        let known = try Library.genders(of: people.map(\.id), db: db)
        return people.filter { person in
            let theirs =
                known[person.id] ?? person.typed.honorificGender
                ?? TypedActorName.genderEstimate.firstNameGender(person.name) ?? .unknown
            return Self.agree(theirs, gender)
        }
    }

    /// Whether one person may be of gender `one` and of gender `other`: unknown contradicts none.
    private static func agree(_ one: SpeakerGender, _ other: SpeakerGender) -> Bool {
        one == .unknown || other == .unknown || one == other
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
