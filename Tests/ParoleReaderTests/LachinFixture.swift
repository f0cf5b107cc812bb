import Foundation
import ParoleKit
import ParoleReader

/// A hand-made analysis of the founding article, built by locating phrases in its text, so
/// that the reader tests do not depend on how good the analysis is today.
enum LachinFixture {
    /// The worktree root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The founding article's text.
    static let text: String = {
        let url = root.appendingPathComponent("../shared/corpus/dev/lachin-clashes.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "lachin-clashes.txt is missing\n"
    }()

    /// The analysis: a few entities, five quotes by three actors, one quote without speaker.
    static let analysis: Analysis = makeAnalysis(text: text, id: "lachin-clashes")

    /// The article prepared for the reader.
    static func model() -> ArticleModel { ArticleModel(analysis: analysis, source: "dev/lachin-clashes.txt") }

    /// Scalar span of the `occurrence`-th (0-based) `phrase` in `text`.
    static func span(of phrase: String, in text: String, occurrence: Int = 0) -> Span? {
        let hay = Array(text.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        var seen = 0
        var i = 0
        while i + needle.count <= hay.count {
            if Array(hay[i..<i + needle.count]) == needle {
                if seen == occurrence { return Span(i, i + needle.count) }
                seen += 1
            }
            i += 1
        }
        return nil
    }

    /// Every span of `phrase` in `text`.
    static func spans(of phrase: String, in text: String) -> [Span] {
        var out: [Span] = []
        while let next = span(of: phrase, in: text, occurrence: out.count) { out.append(next) }
        return out
    }

    /// Builds the analysis of `text` with the fixture's marks (phrases absent are skipped).
    static func makeAnalysis(text: String, id: String) -> Analysis {
        var paragraphs: [Span] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { paragraphs.append(Span(offset, offset + count)) }
            offset += count + 1
        }
        var entities: [Entity] = []
        for (phrase, type) in [
            ("Dmitri Peskov", EntityType.person), ("Kremlin", .organization), ("Reuters", .organization),
            ("Russie", .location), ("Haut-Karabakh", .location), ("Union européenne", .organization),
            ("ministère arménien des Affaires étrangères", .organization),
        ] {
            for span in spans(of: phrase, in: text) { entities.append(Entity(span: span, type: type, text: phrase)) }
        }
        entities.sort { $0.span < $1.span }
        func speaker(_ phrase: String, _ actor: String?) -> Speaker? {
            span(of: phrase, in: text).map { Speaker(text: phrase, span: $0, actor: actor) }
        }
        var quotes: [Quote] = []
        let quoteSpecs: [(String, QuoteKind, Speaker?)] = [
            ("les affrontements avaient fait « des morts et des blessés »", .indirect,
             speaker("ministère arménien des Affaires étrangères", "a2")),
            ("comportement agressif", .partial, speaker("ministère arménien des Affaires étrangères", "a2")),
            ("la Russie était « préoccupée »", .indirect, speaker("Dmitri Peskov", "a1")),
            ("Nous surveillons de près et nous sommes naturellement préoccupés par la détérioration de la situation",
             .direct, speaker("Dmitri Peskov", "a1")),
            ("Nous demandons aux parties de faire preuve de retenue", .direct, speaker("Dmitri Peskov", "a1")),
            ("Il est nécessaire de désamorcer", .direct, speaker("porte-parole de l’UE", "a3")),
            ("il retrouverait le territoire internationalement reconnu", .indirect, nil),
        ]
        for (phrase, kind, who) in quoteSpecs {
            guard let span = span(of: phrase, in: text) else { continue }
            quotes.append(Quote(span: span, text: phrase, kind: kind, speaker: who))
        }
        let actors = [
            Actor(id: "a1", name: "Dmitri Peskov", type: .person, aliases: ["Peskov", "porte-parole du Kremlin"],
                  occurrences: spans(of: "Dmitri Peskov", in: text), quotes: 3),
            Actor(id: "a2", name: "ministère arménien des Affaires étrangères", type: .organization,
                  occurrences: spans(of: "ministère arménien des Affaires étrangères", in: text), quotes: 2),
            Actor(id: "a3", name: "Union européenne", type: .organization, aliases: ["UE"],
                  occurrences: spans(of: "Union européenne", in: text) + spans(of: "UE", in: text), quotes: 1),
            Actor(id: "a4", name: "Reuters", type: .organization, occurrences: spans(of: "Reuters", in: text)),
        ].filter { !$0.occurrences.isEmpty }
        let title = paragraphs.first.map { span in
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[span.start..<span.end]))
        } ?? ""
        return Analysis(id: id, title: title, text: text, paragraphs: paragraphs, entities: entities,
                        quotes: quotes, actors: actors)
    }
}

extension Grid {
    /// Where `phrase` first appears on the screen, as (column, row), searching rows in order.
    func find(_ phrase: String, from startRow: Int = 0) -> (x: Int, y: Int)? {
        for y in startRow..<height {
            var columns: [Int] = []
            var text = ""
            for x in 0..<width where !self[x, y].text.isEmpty {
                for _ in self[x, y].text { columns.append(x) }
                text += self[x, y].text
            }
            if let range = text.range(of: phrase) {
                return (columns[text.distance(from: text.startIndex, to: range.lowerBound)], y)
            }
        }
        return nil
    }
}
