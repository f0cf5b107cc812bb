/// A readable listing of an analysis: the quotes with their speakers, then the actors.
public enum AnalysisText {
    /// Renders `analysis` as plain text.
    public static func render(_ analysis: Analysis) -> String {
        var out = "# \(analysis.title)\n\n"
        out += "Quotes (\(analysis.quotes.count))\n"
        for (n, quote) in analysis.quotes.enumerated() {
            let who = quote.speaker.map { speaker in
                speaker.actor.flatMap { analysis.actor(id: $0)?.name } ?? speaker.text
            } ?? "?"
            var line = "\(n + 1). [\(quote.kind.rawValue)] \(who): « \(quote.text) »"
            if let cue = quote.cue { line += " — \(cue.text)" }
            if let via = quote.via { line += " (via \(via.text))" }
            out += line + "\n"
        }
        out += "\nActors (\(analysis.actors.count))\n"
        for actor in analysis.actors {
            var line = "\(actor.name) [\(actor.type.rawValue)] quotes \(actor.quotes), mentions \(actor.mentions)"
            if !actor.aliases.isEmpty { line += " — also: " + actor.aliases.joined(separator: ", ") }
            out += line + "\n"
        }
        return out + "\n"
    }
}
