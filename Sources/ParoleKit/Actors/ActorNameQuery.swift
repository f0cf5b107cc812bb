/// A person's name as it is typed or written in the press, matched against actors' names the
/// ways a journalist writes one person: `parole quotes`, `read` and `stats --actor` look actors
/// up with it when the name as typed names no one, and the reader's actor picker (`f`, `e`, `m`)
/// offers the actors it matches.
///
/// Honorifics and role words written before or around the name ("M. Hollande", "Le président
/// Hollande": the language's `honorifics` and `role-nouns`, and a determiner before them) are
/// left out; the words left must each answer to a different word of the name, in any order
/// ("Ayrault Jean-Marc", "AYRAULT Jean-Marc"), an initial answering to a word it begins ("J.
/// Ayrault", "J.-M. Ayrault"), a whole word to a word it begins ("Holl" as it is typed), case
/// and accents aside. At least one word left must be more than an initial.
public struct ActorNameQuery: Sendable {
    /// The query folded (``TextFolding``), for the picker's match of any part of a name.
    public let folded: [Unicode.Scalar]
    /// The name's words, without honorifics and roles, each as its hyphen-separated parts,
    /// folded.
    let words: [[String]]

    /// The query `text`; `words` are the language's word lists (honorifics, role nouns and
    /// determiners are read from them).
    public init(_ text: String, words lists: WordLists) {
        folded = TextFolding.fold(text)
        let titles = NameTitleWords(lists)
        let written = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { $0.lowercased() }
        var kept: [[String]] = []
        for (index, word) in written.enumerated() where !titles.leavesOut(index, of: written) {
            let parts = Self.parts(word)
            if !parts.isEmpty { kept.append(parts) }
        }
        self.words = kept.contains { $0.contains { $0.count > 1 } } ? kept : []
    }

    /// Whether the name `name` answers to the query's words (each to a different word of the name).
    public func matchesWords(_ name: String) -> Bool {
        guard !words.isEmpty else { return false }
        var left = name.split(whereSeparator: { $0.isWhitespace }).map { Self.parts(String($0)) }
        // Whole words first, so that an initial does not take the word a whole one needs.
        for word in words.sorted(by: { Self.isInitials($0) ? false : Self.isInitials($1) }) {
            guard let index = left.firstIndex(where: { Self.word(word, answersTo: $0) }) else { return false }
            left.remove(at: index)
        }
        return true
    }

    /// Whether the name folded as `name` answers to the query as the picker takes it: an empty
    /// query takes any name, a query found in the name as typed ("holl"), or its words.
    public func matches(folded name: [Unicode.Scalar]) -> Bool {
        if folded.isEmpty || !TextFolding.matches(of: folded, in: name).isEmpty { return true }
        return matchesWords(String(String.UnicodeScalarView(name)))
    }

    /// Whether `name` answers to the query as the picker takes it.
    public func matches(_ name: String) -> Bool { matches(folded: TextFolding.fold(name)) }

    /// Whether the query word `word` answers to the name's word `name` (both as parts): initials
    /// begin the name's parts in order; a whole word begins the name's word.
    private static func word(_ word: [String], answersTo name: [String]) -> Bool {
        if isInitials(word) {
            guard word.count <= name.count else { return false }
            return zip(word, name).allSatisfy { $1.hasPrefix($0) }
        }
        return name.joined(separator: "-").hasPrefix(word.joined(separator: "-"))
    }

    /// Whether every part of `word` is one letter ("J.", "J.-M.").
    private static func isInitials(_ word: [String]) -> Bool { word.allSatisfy { $0.count == 1 } }

    /// The hyphen- (or dot-) separated parts of `word`, folded, letters and digits only.
    private static func parts(_ word: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in TextFolding.fold(word) {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }
}
