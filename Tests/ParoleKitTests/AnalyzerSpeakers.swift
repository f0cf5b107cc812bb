@testable import ParoleKit

extension Analysis {
    /// The actor of each quote's speaker, in the order of the quotes.
    var speakerActors: [Actor?] {
        quotes.map { $0.speaker?.actor.flatMap { actor(id: $0) } }
    }

    /// The name of the speaker of the first quote whose words hold `words`.
    func speakerName(quoting words: String) -> String? {
        let quote = quotes.first { $0.text.contains(words) }
        return quote?.speaker?.actor.flatMap { actor(id: $0) }?.name
    }
}

extension Analyzer {
    /// The actor of each quote's speaker in `text`, in the order of the quotes.
    func speakerActors(_ text: String) -> [Actor?] {
        analyze(text: text, id: "t").speakerActors
    }

    /// The quotes found in `body` read as an article's text under a one-line title (the title
    /// line is never searched for a speaker).
    func quotes(inBody body: String) -> [Quote] {
        analyze(text: "Titre\n" + body + "\n", id: "t").quotes
    }

    /// The name of each quote's speaker in `text` (nil: no actor), in the order of the quotes.
    func speakerNames(_ text: String) -> [String?] {
        speakerActors(text).map { $0?.name }
    }

    /// The name of the speaker of the first quote in `text` whose words hold `words`.
    func speakerName(of words: String, in text: String) -> String? {
        analyze(text: text, id: "t").speakerName(quoting: words)
    }
}
