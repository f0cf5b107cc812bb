/// Person names the recogniser ran on from the name before them: "la prévisionniste de
/// Météo-France Élodie Carpentier", "au micro de France Inter Marc Dufresne", "le fondateur de
/// WikiLeaks Julian Assange". The person's name starts at its first name (the gazetteer of first
/// names); the words before it name the body the person works for, not the person.
///
/// The quote stage reads the entities through this split, so that a role's complement ends
/// before the name and the actor goes by the person's own name; the analysis keeps the
/// recogniser's entities.
struct RunOnPersonNames {
    let document: Document
    let language: Language

    private var tokens: [Token] { document.tokens }

    /// `entities` with each person's name that a body's name runs into split in two: the body
    /// (an organisation) and the person. Other entities are kept as they are.
    func split(_ entities: [Entity]) -> [Entity] {
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        for entity in entities {
            guard entity.type == .person, let start = personStart(of: entity) else {
                out.append(entity)
                continue
            }
            let first = document.firstToken(atOrAfter: entity.span.start)
            let body = document.span(tokens: first..<start)
            let person = Span(tokens[start].span.start, entity.span.end)
            out.append(Entity(span: body, type: .organization, text: document.text(body)))
            out.append(Entity(span: person, type: .person, text: document.text(person)))
        }
        return out
    }

    /// The token where the person's name in `entity` starts when one or two words before it
    /// are no first name (nor first names joined by a hyphen), no title and no role, the name before the entity runs on (a
    /// capitalised word or "de" stands right before it), and a first name and at least one
    /// more word follow; nil otherwise.
    private func personStart(of entity: Entity) -> Int? {
        let first = document.firstToken(atOrAfter: entity.span.start)
        guard first > 0 else { return nil }
        var end = first
        while end < tokens.count, tokens[end].span.start < entity.span.end { end += 1 }
        let words = (first..<end).filter { tokens[$0].kind == .word }
        guard words.count >= 3, words.first == first else { return nil }
        let before = tokens[first - 1]
        let connectors = language.words.words("owner-connectors")
        guard (before.kind == .word && before.isCapitalized) || connectors.contains(before.norm) else {
            return nil
        }
        let honorifics = language.words.words("honorifics")
        for (n, k) in words.enumerated() where n >= 1 && n <= 2 {
            let t = tokens[k]
            guard t.isCapitalized, !language.quoteGrammar.contains(.nameParticles, t.norm),
                language.firstNames.contains(t.norm),
                n + 1 < words.count
            else { continue }
            let lead = words[..<n]
            let leadIsBody = lead.allSatisfy { j in
                let w = tokens[j].norm
                // "Météo-France" is a body, "Jean-Marc" a first name.
                return !w.split(separator: "-").allSatisfy { language.firstNames.contains(String($0)) }
                    && !honorifics.contains(w) && language.words.roleNouns[w] == nil
            }
            return leadIsBody ? k : nil
        }
        return nil
    }
}
