import Foundation
import ParoleKit

/// Precision, recall and F1 of an entity recogniser against gold names: exact span and
/// type, micro-averaged, overall and per type (as `shared/eval/score.py` counts them).
public struct EntityEvaluation: Sendable {
    /// Counts for one type or for all.
    public struct Counts: Sendable {
        /// Names found with the right span and type.
        public var truePositives = 0
        /// Names found.
        public var predicted = 0
        /// Gold names.
        public var gold = 0

        /// Precision (1 when nothing was predicted and nothing was expected).
        public var precision: Double {
            predicted > 0 ? Double(truePositives) / Double(predicted) : (gold == 0 ? 1 : 0)
        }
        /// Recall.
        public var recall: Double { gold > 0 ? Double(truePositives) / Double(gold) : 1 }
        /// F1, the harmonic mean of precision and recall.
        public var f1: Double {
            let p = precision
            let r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    /// Counts over every type.
    public var all = Counts()
    /// Counts per type.
    public var byType: [EntityType: Counts] = [:]
    /// Number of tokens seen.
    public var tokens = 0
    /// Words (word-like tokens) seen.
    public var words = 0
    /// Seconds spent in the recogniser alone (tokenization excluded).
    public var seconds = 0.0

    /// Runs `recognizer` over `texts` and compares with their gold names.
    public static func evaluate(
        _ recognizer: any EntityRecognizer, on texts: [AnnotatedText],
        tokenizer: Tokenizer = Language.french.tokenizer
    ) -> EntityEvaluation {
        var e = EntityEvaluation()
        let clock = ContinuousClock()
        for text in texts {
            let document = tokenizer.document(text.text)
            e.tokens += document.tokens.count
            e.words += document.tokens.lazy.filter { $0.kind == .word }.count
            var found: [Entity] = []
            let d = clock.measure { found = recognizer.entities(in: document) }
            e.seconds += Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            let predicted = Set(found.map { AnnotatedText.Name(span: $0.span, type: $0.type) })
            let gold = Set(text.names)
            e.add(predicted: predicted, gold: gold)
        }
        return e
    }

    /// Adds the comparison of one text's predicted and gold names.
    public mutating func add(predicted: Set<AnnotatedText.Name>, gold: Set<AnnotatedText.Name>) {
        let hits = predicted.intersection(gold)
        all.truePositives += hits.count
        all.predicted += predicted.count
        all.gold += gold.count
        for n in hits { byType[n.type, default: Counts()].truePositives += 1 }
        for n in predicted { byType[n.type, default: Counts()].predicted += 1 }
        for n in gold { byType[n.type, default: Counts()].gold += 1 }
    }

    /// A plain-text table: one line per type and one for all.
    public var report: String {
        var lines = ["type   gold  pred    P      R      F1"]
        func line(_ name: String, _ c: Counts) -> String {
            name.padding(toLength: 5, withPad: " ", startingAt: 0)
                + String(
                    format: " %5d %5d  %.3f  %.3f  %.3f", c.gold, c.predicted, c.precision, c.recall, c.f1)
        }
        for t in EntityType.allCases { if let c = byType[t] { lines.append(line(t.rawValue, c)) } }
        lines.append(line("all", all))
        if seconds > 0 {
            lines.append(
                String(
                    format: "%d words, %.3f s in the recogniser, %.0f words/s", words, seconds,
                    Double(words) / seconds))
        }
        return lines.joined(separator: "\n")
    }
}
