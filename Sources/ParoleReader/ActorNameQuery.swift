/// What is typed in the actor picker (`f`, `e`, `m`), matched against an actor's name the ways
/// a journalist writes a name: any part of it ("holl", case and accents aside), or — two words
/// or more — the beginnings of its words in any order: initials for the first names ("F.
/// Hollande", "J.-M. Ayrault") or the surname first ("Hollande François"), as `parole quotes
/// --actor` finds them.
struct ActorNameQuery {
    /// The query folded (``TextFolding``).
    let folded: [Unicode.Scalar]
    /// Its words (runs of letters and digits), folded, when it has two or more.
    private let words: [[Unicode.Scalar]]

    /// The query `text`.
    init(_ text: String) {
        folded = TextFolding.fold(text)
        let words = Self.words(of: folded)
        self.words = words.count >= 2 ? words : []
    }

    /// Whether the name folded as `name` answers to the query (an empty query takes any name).
    func matches(folded name: [Unicode.Scalar]) -> Bool {
        if folded.isEmpty || !TextFolding.matches(of: folded, in: name).isEmpty { return true }
        guard !words.isEmpty else { return false }
        var left = Self.words(of: name)
        for word in words {
            guard let index = left.firstIndex(where: { $0.starts(with: word) }) else { return false }
            left.remove(at: index)
        }
        return true
    }

    /// Whether `name` answers to the query.
    func matches(_ name: String) -> Bool { matches(folded: TextFolding.fold(name)) }

    /// The runs of letters and digits of `scalars`.
    private static func words(of scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
