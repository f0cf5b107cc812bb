import Foundation

/// Whether a stored article's text and a feed item's text are one article's, told by its
/// title (the first line) or, the title edited, by the words they share. An item's own id
/// alone does not make it a stored article: a feed may give a new article an old one's id
/// (a CMS that reuses its site address as every guid), and the stored one must not be lost.
enum StoredTextResemblance {
    /// The share of distinct words two texts must have in common (of all the words of either)
    /// to be one article whose title changed.
    static let sharedWords = 0.5

    /// Whether `stored` and `item` have the same first line or share at least ``sharedWords``
    /// of their words.
    static func agrees(_ stored: String, _ item: String) -> Bool {
        if let title = firstLine(stored), title == firstLine(item) { return true }
        let storedWords = words(stored)
        let itemWords = words(item)
        let all = storedWords.union(itemWords)
        guard !all.isEmpty else { return false }
        return Double(storedWords.intersection(itemWords).count) / Double(all.count) >= sharedWords
    }

    /// The first non-empty line of `text`, trimmed.
    static func firstLine(_ text: String) -> String? {
        text.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
    }

    /// The distinct words of `text`, lowercased.
    static func words(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
