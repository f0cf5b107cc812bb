import ParoleKit

/// Applies a user's corrections to an article's analysis, in the order they were made.
///
/// A quote is found again by its span and words; when the offsets moved (a new analysis, an
/// edited text) by its words, the occurrence nearest its old place; when the new analysis cut
/// the quote differently, by the quote that overlaps those words most (Jaccard ≥ 0.5). A
/// correction that cannot be placed is marked so, and changes nothing.
enum CorrectionApplier {
    /// The analysis with the corrections applied.
    struct Result {
        /// The corrected analysis: speakers changed, quotes removed, actors merged, counts redone.
        var analysis: Analysis
        /// Genders set by a correction, by actor identifier of `analysis`.
        var genders: [String: SpeakerGender]
        /// For each correction, in the order given, whether it could be placed.
        var placed: [Bool]
    }

    /// Where a correction's quote stands in an analysis.
    enum Place: Equatable {
        /// It is the quote at this index.
        case quote(Int)
        /// Its words are in the text but no quote holds them.
        case notAQuote
        /// Its words are no longer in the text.
        case missing
    }

    /// Applies `corrections` (oldest first) to `analysis`.
    static func apply(_ corrections: [Correction], to analysis: Analysis) -> Result {
        var result = Result(analysis: analysis, genders: [:], placed: [])
        guard !corrections.isEmpty else { return result }
        let scalars = Array(analysis.text.unicodeScalars)
        for correction in corrections {
            result.placed.append(apply(correction, to: &result, scalars: scalars))
        }
        var counts: [String: Int] = [:]
        for quote in result.analysis.quotes {
            if let id = quote.speaker?.actor { counts[id, default: 0] += 1 }
        }
        for index in result.analysis.actors.indices {
            result.analysis.actors[index].quotes = counts[result.analysis.actors[index].id] ?? 0
        }
        return result
    }

    private static func apply(_ correction: Correction, to result: inout Result, scalars: [Unicode.Scalar])
        -> Bool
    {
        switch correction.decision {
        case .speaker:
            guard let name = correction.speaker, !NameKey.of(name).isEmpty,
                case .quote(let index) = place(correction, in: result.analysis.quotes, scalars: scalars)
            else { return false }
            let actor =
                actorIndex(named: name, in: result.analysis) ?? addActor(named: name, to: &result.analysis)
            setSpeaker(of: index, to: actor, in: &result.analysis)
            return true
        case .notQuote:
            switch place(correction, in: result.analysis.quotes, scalars: scalars) {
            case .quote(let index):
                result.analysis.quotes.remove(at: index)
                return true
            case .notAQuote: return true
            case .missing: return false
            }
        case .merge:
            guard let from = correction.actor.flatMap({ actorIndex(named: $0, in: result.analysis) }),
                let into = correction.speaker.flatMap({ actorIndex(named: $0, in: result.analysis) }),
                from != into
            else { return false }
            merge(from, into: into, in: &result.analysis)
            return true
        case .gender:
            guard let index = correction.actor.flatMap({ actorIndex(named: $0, in: result.analysis) }),
                let gender = correction.gender
            else { return false }
            result.genders[result.analysis.actors[index].id] = gender
            return true
        }
    }

    /// Where the quote of `correction` stands among `quotes`.
    static func place(_ correction: Correction, in quotes: [Quote], scalars: [Unicode.Scalar]) -> Place {
        guard let text = correction.quoteText, !text.isEmpty else { return .missing }
        let start = correction.quoteStart ?? 0
        if let index = quotes.firstIndex(where: {
            $0.span.start == start && $0.span.end == correction.quoteEnd && $0.text == text
        }) {
            return .quote(index)
        }
        let same = quotes.indices.filter { quotes[$0].text == text }
        if let nearest = same.min(by: {
            abs(quotes[$0].span.start - start) < abs(quotes[$1].span.start - start)
        }) {
            return .quote(nearest)
        }
        guard let found = nearestOccurrence(of: Array(text.unicodeScalars), in: scalars, near: start) else {
            return .missing
        }
        var best: (index: Int, score: Double)?
        for (index, quote) in quotes.enumerated() {
            let score = jaccard(quote.span, found)
            if score >= 0.5, score > best?.score ?? 0 { best = (index, score) }
        }
        return best.map { .quote($0.index) } ?? .notAQuote
    }

    /// The span of the occurrence of `needle` in `scalars` that starts nearest `offset`.
    static func nearestOccurrence(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], near offset: Int)
        -> Span?
    {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var best: Int?
        let first = needle[0]
        for start in 0...(scalars.count - needle.count) where scalars[start] == first {
            guard scalars[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            if best.map({ abs(start - offset) < abs($0 - offset) }) ?? true { best = start }
        }
        return best.map { Span($0, $0 + needle.count) }
    }

    private static func jaccard(_ a: Span, _ b: Span) -> Double {
        let overlap = max(0, min(a.end, b.end) - max(a.start, b.start))
        let union = max(a.end, b.end) - min(a.start, b.start)
        return union > 0 ? Double(overlap) / Double(union) : 0
    }

    /// The actor whose name or one of whose aliases is `name` (accents and case aside). An alias
    /// that several actors share ("sondage" for two polls of one article) names none of them.
    static func actorIndex(named name: String, in analysis: Analysis) -> Int? {
        let key = NameKey.of(name)
        guard !key.isEmpty else { return nil }
        if let named = analysis.actors.firstIndex(where: { NameKey.of($0.name) == key }) { return named }
        let byAlias = analysis.actors.indices.filter { index in
            analysis.actors[index].aliases.contains { NameKey.of($0) == key }
        }
        return byAlias.count == 1 ? byAlias[0] : nil
    }

    private static func addActor(named name: String, to analysis: inout Analysis) -> Int {
        var number = analysis.actors.count + 1
        let ids = Set(analysis.actors.map(\.id))
        while ids.contains("a\(number)") { number += 1 }
        let trimmed = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let (type, kind) = speakerType(
            named: trimmed, entities: analysis.entities, words: .of(languageCode: analysis.lang))
        analysis.actors.append(Actor(id: "a\(number)", name: trimmed, type: type, kind: kind))
        return analysis.actors.count - 1
    }

    /// The type and kind of a speaker the user named: the type of a name the article's
    /// `entities` give it; else a body when its head noun names one ("gouvernement tibétain en
    /// exil", "Ministère de la Santé") or when it is one word in capitals, an acronym ("EPA",
    /// "OCDE"), a document when it names a text ("le communiqué"), else a source the article
    /// does not name when written in lower case ("une source diplomatique"), else a person.
    /// The determiners and nouns are those of the article's language, `words`.
    static func speakerType(
        named name: String, entities: [Entity] = [], words: WordLists = .of(languageCode: "")
    ) -> (EntityType, ActorKind) {
        let key = NameKey.of(name)
        if let entity = entities.first(where: { NameKey.of($0.text) == key }) {
            return (entity.type, ActorKind(entity.type))
        }
        let letters = name.filter(\.isLetter)
        if !name.contains(" "), letters.count >= 2, letters.allSatisfy(\.isUppercase) {
            return (.organization, .organisation)
        }
        let determiners = words.words("determiners")
        let head =
            name.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).lazy.map { $0.lowercased() }
            .first { !determiners.contains($0) && !determiners.contains($0 + "'") } ?? ""
        if words.words("document-nouns").contains(head) { return (.miscellaneous, .document) }
        if words.words("institution-nouns").contains(head) { return (.organization, .organisation) }
        if name.first.map({ $0.isLowercase }) == true { return (.person, .anonymousSource) }
        return (.person, .person)
    }

    /// Makes actor `actorIndex` the speaker of quote `index`, placed at the actor's mention
    /// nearest the quote (or where the old attribution stood).
    private static func setSpeaker(of index: Int, to actorIndex: Int, in analysis: inout Analysis) {
        let actor = analysis.actors[actorIndex]
        let quote = analysis.quotes[index]
        let distance = { (span: Span) in
            span.end <= quote.span.start ? quote.span.start - span.end : max(0, span.start - quote.span.end)
        }
        let mention = actor.occurrences.filter { !$0.overlaps(quote.span) }.min {
            distance($0) < distance($1)
        }
        let span = mention ?? quote.speaker?.span ?? Span(quote.span.start, quote.span.start)
        analysis.quotes[index].speaker = Speaker(text: actor.name, span: span, actor: actor.id)
    }

    private static func merge(_ from: Int, into: Int, in analysis: inout Analysis) {
        let gone = analysis.actors[from]
        var target = analysis.actors[into]
        for name in [gone.name] + gone.aliases
        where NameKey.of(name) != NameKey.of(target.name) && !target.aliases.contains(name) {
            target.aliases.append(name)
        }
        target.occurrences = (target.occurrences + gone.occurrences).sorted()
        target.roles += gone.roles.filter { !target.roles.contains($0) }
        analysis.actors[into] = target
        for index in analysis.quotes.indices where analysis.quotes[index].speaker?.actor == gone.id {
            analysis.quotes[index].speaker?.actor = target.id
            analysis.quotes[index].speaker?.text = target.name
        }
        analysis.actors.remove(at: from)
    }
}
