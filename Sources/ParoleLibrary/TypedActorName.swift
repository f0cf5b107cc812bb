import GRDB
import ParoleKit

/// A name as a researcher types it after `--actor` (and `parole read --actor`, `stats --actor`),
/// and the one rule by which it names library actors (``Library/actors(named:)``):
///
/// 1. **The whole name.** An actor answers when its name or one of its other names, case,
///    accents, hyphens and apostrophes aside, is what was typed: "Dmitri Peskov", "dmitri
///    peskov", "ONU", "porte-parole du Kremlin" (a role the actor was given), "une source
///    diplomatique". A name in lower case (a description, a role) answers this way only.
/// 2. **Its words, for a person.** Besides, the typed words, honorifics and roles left out
///    ("M.", "Mme", "le président", and the lower-case words before the first capitalised one:
///    "l'économiste Dupont"), must each answer to a different word of a person's name or
///    capitalised other name, in any order: a whole word to the same word ("Obama", "Obama
///    Barack", "HOLLANDE, François", "Le Pen"; several typed words to one hyphenated word:
///    "martin lavigne", "Martin-Lavigne"; "Marie" is not the "Jean-Marie" of "Jean-Marie Le
///    Pen"), an initial to a word it begins ("B. Obama", "J.-M. Ayrault"). At least one word must
///    be more than an initial. An organisation, a place or another source answers by rule 1 only.
///
/// An honorific tells a gender (``GenderLexicon/titles``: "M." a man, "Mme" and "Mlle" a woman):
/// a person the analysis or a correction gives the other gender, or whose first name is the
/// other sex's (``FirstNames``), does not answer to it ("M. Le Pen": Jean-Marie Le Pen, not
/// Marine). "M." is an initial too, as the French press writes Monsieur: it is read as an
/// initial only when no person answers to the honorific ("M. Obama" names Michelle Obama only
/// when no man Obama is known). A name typed with an honorific that is an actor's whole name
/// ("M. Fontaine", as an article named someone and the reader's picker offers it) names that
/// actor only.
struct TypedActorName {
    /// The key of the whole name as typed (``NameKey``).
    let key: String
    /// The typed words that must answer to words of a name, each as its hyphen-separated parts.
    let words: [[String]]
    /// An honorific that is also an initial ("M."), read as an initial first.
    let initialOrHonorific: [String]?
    /// Whether an honorific was left out of the words.
    let hasHonorific: Bool
    /// The gender the first honorific typed tells, if it tells one.
    let honorificGender: SpeakerGender?

    /// The name `text`; honorifics, role nouns and determiners come from `lists`, the gender
    /// of a title from `titles`.
    init(
        _ text: String, words lists: WordLists, titles: [String: SpeakerGender] = GenderLexicon.french.titles
    ) {
        self.init(text, titleWords: NameTitleWords(lists), titles: titles)
    }

    /// The name `text`, read without the title words `titleWords`; the gender of a title from
    /// `titles`.
    init(
        _ text: String, titleWords: NameTitleWords,
        titles: [String: SpeakerGender] = GenderLexicon.french.titles
    ) {
        key = NameKey.of(text)
        var written = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        // Lower-case words before the first capitalised one are a role: "l'économiste Dupont".
        if let first = written.firstIndex(where: { !NameKey.isRole($0) }) { written.removeFirst(first) }
        let lowered = written.map { $0.lowercased() }
        var kept: [[String]] = []
        var ambiguous: [String]?
        var honorific = false
        var gender: SpeakerGender?
        for (index, word) in written.enumerated() {
            let lower = lowered[index]
            if titleWords.honorifics.contains(lower) {
                honorific = true
                if gender == nil { gender = titles[lower] }
                let parts = Self.parts(word)
                if kept.isEmpty, ambiguous == nil, parts.count == 1, parts[0].count == 1 { ambiguous = parts }
                continue
            }
            if titleWords.leavesOut(index, of: lowered) { continue }
            let parts = Self.parts(word)
            if !parts.isEmpty { kept.append(parts) }
        }
        let named = kept.contains { !Self.isInitials($0) }
        words = named ? kept : []
        initialOrHonorific = named ? ambiguous : nil
        hasHonorific = honorific
        honorificGender = gender
    }

    /// The key of the name without its honorifics and role words when it has an honorific
    /// ("M. Fontaine" → "fontaine", "Mme la ministre Lévêque" → "leveque"), else the key of the
    /// whole name: the form by which an article's person joins a library person
    /// (``ActorMatcher``).
    var personKey: String {
        guard hasHonorific, !words.isEmpty else { return key }
        return words.map { $0.joined(separator: " ") }.joined(separator: " ")
    }

    /// The words of a name or of the typed text: the words a name is looked up by in SQL (their
    /// keys, one of which a candidate's key must hold).
    var wholeWords: [String] { words.filter { !Self.isInitials($0) }.map { $0.joined(separator: " ") } }

    /// Whether the name `name` (an actor's name or other name) of an actor of type `type`
    /// answers to the typed words, with `extra` (an initial) required too when given. Only a
    /// person answers by words; another actor answers by its whole name (``actorIds(db:)``).
    func wordsAnswer(_ name: String, type: EntityType, extra: [String]? = nil) -> Bool {
        guard !words.isEmpty, type == .person, !NameKey.isRole(name) else { return false }
        let wanted = (extra.map { [$0] } ?? []) + words
        let nameWords = name.split(whereSeparator: { $0.isWhitespace }).map { Self.parts(String($0)) }
        // Each name word takes one typed word or several joined into one hyphenated word, so
        // the typed words can answer only when there are no more of them than name parts; and
        // no person's name has 64 words.
        guard wanted.count <= nameWords.reduce(0, { $0 + $1.count }), nameWords.count <= 64 else {
            return false
        }
        // The name words used, one bit each, and the states (typed word, name words used)
        // known to fail: a name of repeated words ("Ali Ali … Ali") is not tried in every order.
        var used: UInt64 = 0
        var failed: Set<[UInt64]> = []
        /// Whether the typed words from `index` on answer to name words not used yet.
        func answer(from index: Int) -> Bool {
            guard index < wanted.count else { return true }
            guard used.nonzeroBitCount < nameWords.count, !failed.contains([UInt64(index), used]) else {
                return false
            }
            // One typed word, or several whole ones that together are one hyphenated word
            // ("martin lavigne" and "Martin-Lavigne").
            var joined: [String] = []
            for end in index..<wanted.count {
                if end > index && (Self.isInitials(wanted[end]) || Self.isInitials(joined)) { break }
                joined += wanted[end]
                // Two name words alike are one choice.
                var tried: Set<[String]> = []
                for (i, nameWord) in nameWords.enumerated()
                where used & (1 << i) == 0 && Self.word(joined, answersTo: nameWord)
                    && tried.insert(nameWord).inserted
                {
                    used |= 1 << i
                    if answer(from: end + 1) { return true }
                    used &= ~(1 << i)
                }
            }
            failed.insert([UInt64(index), used])
            return false
        }
        return answer(from: 0)
    }

    /// Whether the typed word `word` answers to the name's word `name` (both as parts): the same
    /// parts, or initials that begin the name's parts in order.
    private static func word(_ word: [String], answersTo name: [String]) -> Bool {
        if isInitials(word) {
            guard word.count <= name.count else { return false }
            return zip(word, name).allSatisfy { $1.hasPrefix($0) }
        }
        return word == name
    }

    /// Whether every part of `word` is one letter ("J.", "J.-M.").
    private static func isInitials(_ word: [String]) -> Bool { word.allSatisfy { $0.count == 1 } }

    /// The parts of `word` as ``NameKey`` folds them: "Jean-Marc" → ["jean", "marc"], "J.-M." →
    /// ["j", "m"], "l'Élysée" → ["l", "elysee"].
    static func parts(_ word: String) -> [String] {
        NameKey.of(word).split(separator: " ").map(String.init)
    }
}

extension TypedActorName {
    /// The library actors that `self` names, by the rule above, in the order of their ids.
    func actorIds(db: Database) throws -> [Int64] {
        // Candidates: the whole key, or a name holding the longest whole word typed. Both are
        // told in SQL, so a name typed that names no one reads no row into Swift.
        let probe = wholeWords.max(by: { $0.count < $1.count })
        let pattern = probe.map { "% \($0) %" } ?? ""
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, name, key, type FROM actor WHERE key = ?1 OR (?2 <> '' AND ' ' || key || ' ' LIKE ?2)
                UNION ALL
                SELECT alias.actorId, alias.text, alias.key, actor.type FROM alias JOIN actor ON actor.id = alias.actorId
                WHERE alias.key = ?1 OR (?2 <> '' AND alias.isRole = 0 AND ' ' || alias.key || ' ' LIKE ?2)
                """, arguments: [key, pattern])
        let candidates = rows.map {
            (
                id: $0[0] as Int64, name: $0[1] as String, key: $0[2] as String,
                type: EntityType(rawValue: $0[3]) ?? .person
            )
        }
        func answering(_ test: ((id: Int64, name: String, key: String, type: EntityType)) -> Bool) -> [Int64]
        {
            Array(Set(candidates.filter(test).map(\.id))).sorted()
        }
        let whole = answering { !$0.key.isEmpty && $0.key == key }
        if hasHonorific, !whole.isEmpty { return whole }
        let byWords = answering { wordsAnswer($0.name, type: $0.type) }
        // The honorific first: the people it may name ("M. Le Pen" is no woman).
        if let honorificGender, !byWords.isEmpty {
            let genders = try Library.genders(of: byWords, db: db)
            let named = Dictionary(
                candidates.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let agreeing = byWords.filter { id in
                let gender = genders[id] ?? named[id].flatMap(Self.genderEstimate.firstNameGender) ?? .unknown
                return gender == .unknown || gender == honorificGender
            }
            if !agreeing.isEmpty { return Array(Set(whole + agreeing)).sorted() }
        }
        if let initial = initialOrHonorific {
            let asInitial = answering { wordsAnswer($0.name, type: $0.type, extra: initial) }
            if !asInitial.isEmpty { return Array(Set(whole + asInitial)).sorted() }
        }
        return Array(Set(whole + byWords)).sorted()
    }

    /// The first-name evidence of the analysis's gender estimate: a first name tells a gender
    /// here exactly when it does in an article (``GenderEstimate/firstNameGender(_:)``).
    static let genderEstimate = GenderEstimate()
}
