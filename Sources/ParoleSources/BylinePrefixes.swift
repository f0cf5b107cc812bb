import Foundation

/// The words that open a byline before the author's name ("By", "Par", "Von"…), one list for
/// every language in `Resources/author-prefixes.txt`, loaded once.
enum BylinePrefixes {
    /// The words, lower-cased. A missing resource is a broken build: it stops with its name.
    static let words: [String] = {
        guard let url = Bundle.module.url(forResource: "author-prefixes", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("ParoleSources resource Resources/author-prefixes.txt is missing") }
        let words = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        precondition(!words.isEmpty, "ParoleSources resource Resources/author-prefixes.txt is empty")
        return words
    }()

    /// `name` without the byline words it opens with ("By Jane Doe" → "Jane Doe"), trimmed.
    static func strip(_ name: String) -> String {
        var text = name
        for word in words {
            let head = text.prefix(word.count + 1)
            if head.count == word.count + 1, head.last == " ", head.dropLast().lowercased() == word {
                text = String(text.dropFirst(word.count + 1))
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
