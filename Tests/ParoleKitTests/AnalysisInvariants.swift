import ParoleKit

/// Checks that an analysis is internally consistent whatever its input was: every span lies
/// inside the text, starts before it ends and holds exactly the text reported for it, and
/// lists come in text order.
struct AnalysisInvariants {
    /// The analysis checked.
    let analysis: Analysis
    private let scalars: [Unicode.Scalar]

    init(_ analysis: Analysis) {
        self.analysis = analysis
        self.scalars = Array(analysis.text.unicodeScalars)
    }

    /// Every broken invariant, described in one line each; empty when the analysis is sound.
    func violations() -> [String] {
        var out: [String] = []
        func check(_ span: Span, _ what: String) -> Bool {
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
                out.append("\(what): span \(span.start)..<\(span.end) outside 0..<\(scalars.count)")
                return false
            }
            return true
        }
        func check(_ span: Span, text: String, _ what: String) {
            guard check(span, what) else { return }
            if Array(text.unicodeScalars) != Array(scalars[span.start..<span.end]) {
                out.append("\(what): text \(text.debugDescription) differs from the text at its span")
            }
        }
        var previous = Span(0, 0)
        for (n, paragraph) in analysis.paragraphs.enumerated() {
            _ = check(paragraph, "paragraph \(n)")
            if n > 0 && paragraph.start < previous.end {
                out.append("paragraph \(n) overlaps the one before")
            }
            previous = paragraph
        }
        previous = Span(0, 0)
        for (n, entity) in analysis.entities.enumerated() {
            check(entity.span, text: entity.text, "entity \(n)")
            if entity.span.isEmpty { out.append("entity \(n) is empty") }
            if n > 0 && entity.span.start < previous.end {
                out.append("entity \(n) overlaps or precedes the one before")
            }
            previous = entity.span
        }
        let actorIDs = Set(analysis.actors.map(\.id))
        if actorIDs.count != analysis.actors.count { out.append("actor ids are not unique") }
        for (n, quote) in analysis.quotes.enumerated() {
            check(quote.span, text: quote.text, "quote \(n)")
            if n > 0 && quote.span.start < analysis.quotes[n - 1].span.start {
                out.append("quote \(n) starts before the one before")
            }
            if let cue = quote.cue { check(cue.span, text: cue.text, "quote \(n) cue") }
            if let via = quote.via { check(via.span, text: via.text, "quote \(n) via") }
            if let speaker = quote.speaker {
                // A pronoun speaker carries the resolved name, so only its span is checked here.
                _ = check(speaker.span, "quote \(n) speaker")
                if let actor = speaker.actor, !actorIDs.contains(actor) {
                    out.append("quote \(n) speaker names unknown actor \(actor)")
                }
            }
        }
        for actor in analysis.actors {
            for (n, occurrence) in actor.occurrences.enumerated() {
                _ = check(occurrence, "actor \(actor.id) occurrence \(n)")
            }
            if actor.quotes < 0 || actor.quotes > analysis.quotes.count {
                out.append("actor \(actor.id) has \(actor.quotes) quotes")
            }
        }
        return out
    }
}
