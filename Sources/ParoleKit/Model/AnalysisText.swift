/// A readable listing of an analysis: the quotes with their speakers, then the actors.
///
/// Text from the article is printed with its control characters made visible, so that an
/// article holding escape sequences cannot garble the terminal it is printed on.
public enum AnalysisText {
    /// Renders `analysis` as plain text.
    public static func render(_ analysis: Analysis) -> String {
        let analysis = printable(analysis)
        var out = "# \(analysis.title)\n\n"
        out += "Quotes (\(analysis.quotes.count))\n"
        for (n, quote) in analysis.quotes.enumerated() {
            let who =
                quote.speaker.map { speaker in
                    speaker.actor.flatMap { analysis.actor(id: $0)?.name } ?? speaker.text
                } ?? "?"
            var line =
                "\(n + 1). [\(quote.kind.rawValue)] \(who): \(QuoteWords.printed(quote.text, kind: quote.kind))"
            if let cue = quote.cue { line += " — \(cue.text)" }
            if let via = quote.via { line += " (via \(via.text))" }
            out += line + "\n"
        }
        out += "\nActors (\(analysis.actors.count))\n"
        for actor in analysis.actors {
            var line = "\(actor.name) [\(label(actor))] quotes \(actor.quotes), mentions \(actor.mentions)"
            if !actor.aliases.isEmpty { line += " — also: " + actor.aliases.joined(separator: ", ") }
            out += line + "\n"
        }
        return out + "\n"
    }

    /// What an actor is, in brackets after its name: its entity type for a person or an
    /// organisation ("PER", "ORG"), its kind for a source that is neither ("anonymous-source",
    /// "document", "government"), whose entity type says nothing true ("une note interne" is no
    /// person).
    static func label(_ actor: Actor) -> String {
        switch actor.kind {
        case .person, .organisation: actor.type.rawValue
        case .anonymousSource, .document, .government: actor.kind.rawValue
        }
    }

    /// The analysis with every string that is printed made ``printable(_:)``.
    private static func printable(_ analysis: Analysis) -> Analysis {
        var a = analysis
        a.title = printable(a.title)
        a.quotes = a.quotes.map { quote in
            var q = quote
            q.text = printable(q.text)
            q.cue?.text = printable(quote.cue?.text ?? "")
            q.via?.text = printable(quote.via?.text ?? "")
            q.speaker?.text = printable(quote.speaker?.text ?? "")
            return q
        }
        for k in a.actors.indices {
            a.actors[k].name = printable(a.actors[k].name)
            a.actors[k].aliases = a.actors[k].aliases.map(printable)
        }
        return a
    }

    /// `text` on one line and safe for a terminal (``TerminalSafeText/line(_:)``).
    static func printable(_ text: String) -> String {
        TerminalSafeText.line(text)
    }
}
