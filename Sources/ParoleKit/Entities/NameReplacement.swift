/// Training-data augmentation: a copy of an annotated text in which some names are replaced
/// by other names, so the model meets names of every type in real contexts, and learns how
/// far to trust the word classes that describe them.
public struct NameReplacement: Sendable {
    /// Replacement words by type (lower-case; capitalised when used).
    public var pools: [EntityType: [String]]
    /// The chance that a name is replaced by a word of its own type.
    public var sameType: Double
    /// The chance that a name is replaced by a word of `target` type (and takes that type).
    public var retyped: Double
    /// The type of the retyping replacements.
    public var target: EntityType

    /// Creates a replacement from word pools.
    public init(
        pools: [EntityType: [String]], sameType: Double, retyped: Double = 0,
        target: EntityType = .miscellaneous
    ) {
        self.pools = pools
        self.sameType = sameType
        self.retyped = retyped
        self.target = target
    }

    /// A copy of `text` with some names replaced, chosen by a generator seeded with `seed`
    /// (the same seed gives the same copy).
    public func augmenting(_ text: AnnotatedText, seed: UInt64) -> AnnotatedText {
        var rng = SplitMix64(seed: seed)
        let scalars = Array(text.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var names: [AnnotatedText.Name] = []
        var position = 0
        for name in text.names.sorted(by: { $0.span.start < $1.span.start }) where name.span.start >= position
        {
            out.append(contentsOf: scalars[position..<name.span.start])
            let start = out.count
            let draw = Double(rng.next() >> 11) / Double(1 << 53)
            let type = draw < retyped ? target : name.type
            if draw < retyped + sameType, let pool = pools[type], !pool.isEmpty {
                let word = pool[Int(rng.next() % UInt64(pool.count))]
                out.append(contentsOf: (word.prefix(1).uppercased() + word.dropFirst()).unicodeScalars)
            } else {
                out.append(contentsOf: scalars[name.span.start..<name.span.end])
            }
            names.append(.init(span: Span(start, out.count), type: type))
            position = name.span.end
        }
        out.append(contentsOf: scalars[position...])
        return AnnotatedText(id: text.id + "+", text: String(out), names: names)
    }
}
