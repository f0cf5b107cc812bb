import ParoleKit

/// Training-data augmentation: a copy of an annotated text in which some names are replaced
/// by other names of the same type, so the model meets many more names of each type in real
/// contexts and learns how far to trust the word classes that describe them (a replacement
/// "Canucks" brings its vector class and the teacher's verdict into an organisation's place).
public struct NameReplacement: Sendable {
    /// Replacement words by type (lower-case; capitalised when used).
    public var pools: [EntityType: [String]]
    /// The chance that a name is replaced.
    public var probability: Double
    /// The types whose names are replaced word by word ("Julian Assange" → two words), each
    /// capitalised word the same way throughout the text, so "Assange" alone later still
    /// follows the full name as in an article. When there are any, whether a name is replaced is
    /// drawn once per way it is written in the text (else once per occurrence).
    public var wordByWord: Set<EntityType> = []

    /// Creates a replacement from word pools.
    public init(pools: [EntityType: [String]], probability: Double) {
        self.pools = pools
        self.probability = probability
    }

    /// A copy of `text` with some names replaced, chosen by a generator seeded with `seed`
    /// (the same seed gives the same copy).
    public func augmenting(_ text: AnnotatedText, seed: UInt64) -> AnnotatedText {
        var rng = SplitMix64(seed: seed)
        let scalars = Array(text.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var names: [AnnotatedText.Name] = []
        var position = 0
        var decided: [String: Bool] = [:]
        var words: [String: String] = [:]
        func draw(_ pool: [String]) -> String {
            let word = pool[Int(rng.next() % UInt64(pool.count))]
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        for name in text.names.sorted(by: { $0.span.start < $1.span.start }) where name.span.start >= position
        {
            out.append(contentsOf: scalars[position..<name.span.start])
            let start = out.count
            let original = String(String.UnicodeScalarView(scalars[name.span.start..<name.span.end]))
            let replace: Bool
            if !wordByWord.isEmpty, let known = decided[original] {
                replace = known
            } else {
                replace = Double(rng.next() >> 11) / Double(1 << 53) < probability
                decided[original] = replace
            }
            if replace, let pool = pools[name.type], !pool.isEmpty {
                if wordByWord.contains(name.type) {
                    let parts = original.split(separator: " ", omittingEmptySubsequences: false)
                    let replaced = parts.map { part -> String in
                        guard let first = part.unicodeScalars.first, first.properties.isUppercase,
                            part.unicodeScalars.count > 1
                        else { return String(part) }
                        if let known = words[String(part)] { return known }
                        let word = draw(pool)
                        words[String(part)] = word
                        return word
                    }
                    out.append(contentsOf: replaced.joined(separator: " ").unicodeScalars)
                } else {
                    out.append(contentsOf: draw(pool).unicodeScalars)
                }
            } else {
                out.append(contentsOf: scalars[name.span.start..<name.span.end])
            }
            names.append(.init(span: Span(start, out.count), type: name.type))
            position = name.span.end
        }
        out.append(contentsOf: scalars[position...])
        var copy = AnnotatedText(id: text.id + "+", text: String(out), names: names)
        copy.learnedTypes = text.learnedTypes
        return copy
    }
}
