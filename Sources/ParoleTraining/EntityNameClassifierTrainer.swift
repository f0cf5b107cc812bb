import Foundation
import ParoleKit

/// Trains ``EntityNameClassifier``, the second look at whole names: each name a recogniser
/// gives a gold article (the tagger and the rules before the classifier) is one example, whose
/// answer is the gold type when a gold name has exactly its span and "no name" when no gold name
/// overlaps it (a name overlapping a gold name with another span teaches nothing: retyping it
/// cannot make it right). The tagger that reads an article must never have been trained on it
/// (jackknifed), so the classifier learns how far to trust a tagger on unseen text. The model is
/// multinomial log-linear, its weights the most probable under a Gaussian prior (an L2 penalty),
/// found by ``LimitedMemoryBFGS``; deterministic (features indexed in sorted order, examples
/// visited in their order).
public struct EntityNameClassifierTrainer {
    /// One name to classify: its features and the index of its answer in
    /// ``EntityNameClassifier/answers``.
    public struct Example: Sendable {
        public var features: [UInt64]
        public var answer: Int
    }

    /// The L2 penalty on the weights (times their squared sum, added to the mean negative
    /// log-probability).
    public var penalty = 0.001
    /// A feature seen in fewer examples than this gets no weight.
    public var minCount = 2
    /// How much more probable another answer must be to replace a name's type.
    public var margin: Float = 0.2
    /// Whether the classifier may drop a name.
    public var drops = false
    /// The entity rule the classifier runs before (nil: after every rule).
    public var before: String?
    /// Whether a name overlapping a gold name with another span is an example of "no name".
    public var partialIsNoName = false

    /// A trainer with the default settings.
    public init() {}

    /// The examples of `texts` as `recognizer` reads them.
    package func examples(
        of texts: [AnnotatedText], by recognizer: ModelEntityRecognizer,
        tokenizer: Tokenizer = Tokenizer(rules: .french)
    ) -> [Example] {
        var out: [Example] = []
        for text in texts {
            let document = tokenizer.document(text.text)
            for name in recognizer.classifierInput(in: document) {
                if let gold = text.names.first(where: { $0.span == name.span }) {
                    out.append(Example(features: name.features, answer: Self.answer(of: gold.type)))
                } else if partialIsNoName
                    || !text.names.contains(where: {
                        $0.span.start < name.span.end && name.span.start < $0.span.end
                    })
                {
                    out.append(
                        Example(features: name.features, answer: EntityNameClassifier.answers.count - 1))
                }
            }
        }
        return out
    }

    static func answer(of type: EntityType) -> Int { EntityNameClassifier.answers.firstIndex(of: type) ?? 0 }

    /// The classifier that best explains `examples`.
    package func train(_ examples: [Example]) -> EntityNameClassifier {
        let k = EntityNameClassifier.answers.count
        var counts: [UInt64: Int] = [:]
        for e in examples {
            for f in Set(e.features) { counts[f, default: 0] += 1 }
        }
        let keys = counts.filter { $0.value >= minCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let rows = examples.map { e in (features: e.features.compactMap { index[$0] }, answer: e.answer) }
        let n = Double(max(rows.count, 1))
        let penalty = self.penalty
        let optimum = LimitedMemoryBFGS().minimize(from: [Double](repeating: 0, count: keys.count * k)) { w in
            var value = 0.0
            var gradient = [Double](repeating: 0, count: w.count)
            var scores = [Double](repeating: 0, count: k)
            for row in rows {
                for a in 0..<k { scores[a] = 0 }
                for f in row.features {
                    for a in 0..<k { scores[a] += w[f * k + a] }
                }
                let top = scores.max() ?? 0
                var total = 0.0
                for a in 0..<k {
                    scores[a] = exp(scores[a] - top)
                    total += scores[a]
                }
                value += (log(total) - log(scores[row.answer])) / n
                for a in 0..<k {
                    let share = (scores[a] / total - (a == row.answer ? 1 : 0)) / n
                    for f in row.features { gradient[f * k + a] += share }
                }
            }
            for i in w.indices {
                value += penalty * w[i] * w[i]
                gradient[i] += 2 * penalty * w[i]
            }
            return (value, gradient)
        }
        return EntityNameClassifier(
            keys: keys, weights: optimum.map { Float($0) }, margin: margin, drops: drops, before: before)
    }
}
