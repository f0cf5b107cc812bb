import Foundation
import ParoleKit

/// An article's analysis in the gold format of `shared/eval/GUIDELINES.md` (`NAME.gold.json`
/// beside `NAME.txt`), so that a library's corrected articles become an evaluation set that
/// `score.py` reads.
public struct GoldFile: Encodable, Sendable {
    /// An entity: its exact text and type, in order of appearance.
    public struct Entity: Encodable, Sendable {
        /// The name as written.
        public var text: String
        /// PER, ORG, LOC or MISC.
        public var type: String
    }

    /// A quote: its words, kind, cue, acceptable speaker names (canonical first), relay.
    public struct Quote: Encodable, Sendable {
        /// The quoted words exactly as written.
        public var text: String
        /// direct, partial, indirect or according.
        public var kind: String
        /// The attributing words, if any.
        public var cue: String?
        /// Who said it: the actor's name, then its other names; empty when nobody was found.
        public var speaker: [String]
        /// The outlet that relayed the words, if any.
        public var via: String?
    }

    /// The file name without extension.
    public var id: String
    /// The language.
    public var lang: String
    /// Every entity occurrence, in order.
    public var entities: [Entity]
    /// Every quote, in order.
    public var quotes: [Quote]

    /// The gold file of `analysis` (the corrected analysis of a library article) named `id`.
    public init(_ analysis: Analysis, id: String) {
        self.id = id
        lang = analysis.lang
        entities = analysis.entities.map { Entity(text: $0.text, type: $0.type.rawValue) }
        var actors: [String: Actor] = [:]
        for actor in analysis.actors { actors[actor.id] = actor }
        quotes = analysis.quotes.sorted { $0.span < $1.span }.map { quote in
            var names: [String] = []
            if let actor = quote.speaker?.actor.flatMap({ actors[$0] }) {
                names = [actor.name] + actor.aliases.filter { $0 != actor.name }
            } else if let text = quote.speaker?.text {
                names = [text]
            }
            return Quote(
                text: quote.text, kind: quote.kind.rawValue, cue: quote.cue?.text, speaker: names,
                via: quote.via?.text)
        }
    }

    /// The JSON of the file: sorted keys, one document.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// A file name for an article identifier: letters, digits, `.`, `_` and `-` kept, anything
    /// else a `-`; never empty, never hidden, never starting with `-` (which shell tools would
    /// take for an option: a title in another script is mostly dashes).
    public static func fileName(_ ident: String) -> String {
        var out = ""
        for c in ident.unicodeScalars {
            out.append(
                c.isASCII && (CharacterSet.alphanumerics.contains(c) || c == "_" || c == "-" || c == ".")
                    ? Character(c) : "-")
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "article" : String(out.prefix(100))
    }
}
