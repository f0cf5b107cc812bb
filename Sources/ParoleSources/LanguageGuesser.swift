import Foundation
import ParoleKit

/// Tells the language of a text by its most common function words: each language's words
/// live in `Resources/stopwords/CODE.txt`; the language whose words make up the largest share
/// of the text wins when the share is clear.
public enum LanguageGuesser {
    /// The function words of each language, by ISO 639-1 code.
    static let wordLists: [String: Set<String>] = {
        var lists: [String: Set<String>] = [:]
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("stopwords"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return lists }
        for name in names where name.hasSuffix(".txt") {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let words = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            lists[url.deletingPathExtension().lastPathComponent] = Set(words)
        }
        return lists
    }()

    /// The languages each function word belongs to: one look-up per word of the text instead
    /// of one per language.
    static let wordLanguages: [String: [String]] = {
        var languages: [String: [String]] = [:]
        for (code, list) in wordLists {
            for word in list { languages[word, default: []].append(code) }
        }
        return languages
    }()

    /// How many words of the text are looked at.
    static let maximumWords = 400

    /// The fewest function words a text must hold before its language is told.
    static let minimumHits = 8

    /// The language of `text` as an ISO 639-1 code, or nil when too little text or no clear winner.
    /// Without enough function words of any list, the script may tell it (``guessByScript(_:)``).
    public static func guess(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var words = 0
        var word = String.UnicodeScalarView()
        func count() {
            guard !word.isEmpty else { return }
            words += 1
            let token = String(word).lowercased()
            for code in wordLanguages[token] ?? [] { counts[code, default: 0] += 1 }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if words >= maximumWords { break }
            if isWordScalar(scalar) { word.append(scalar) } else { count() }
        }
        if words < maximumWords { count() }
        let ranked = counts.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
        guard let best = ranked.first, best.value >= minimumHits, best.value * 20 >= words else {
            return guessByScript(text)
        }
        if ranked.count > 1, Double(ranked[1].value) * 1.3 > Double(best.value) { return nil }
        return best.key
    }

    /// Whether `scalar` belongs to a word: ASCII letters, and non-ASCII scalars outside the
    /// Latin-1 and general punctuation blocks (no Unicode property look-up on the hot path).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if value < 0xC0 || value == 0xD7 || value == 0xF7 { return false }
        if (0x2000...0x206F).contains(value) || (0x3000...0x303F).contains(value) { return false }
        return true
    }

    /// The English name of the language `code` ("fr" → "French") from the names resource of
    /// the analysis (`language-names.tsv`, the names the reader's messages use too), or the
    /// code itself when unlisted; the system's locale data plays no part.
    public static func name(of code: String) -> String {
        AnalysisLanguage.name(of: code.lowercased())
    }

    /// The codes of the languages the guesser can tell.
    public static var codes: [String] { wordLists.keys.sorted() }
}
