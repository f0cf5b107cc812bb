import Foundation

/// The openings of short furniture blocks that sit inside articles ("Lire aussi", "Read more",
/// "Anzeige"…), one list per language in `Resources/boilerplate/CODE.txt`; all lists apply,
/// since a page's language is not always known before its text is.
enum BoilerplatePhrases {
    /// Blocks at least this long are never taken for furniture by their opening.
    static let maximumLength = 100

    /// The openings, lower-cased, from every language's list.
    static let openings: [String] = {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("boilerplate"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        var out: Set<String> = []
        for name in names where name.hasSuffix(".txt") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            else {
                continue
            }
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                let phrase = line.trimmingCharacters(in: .whitespaces).lowercased()
                if !phrase.isEmpty { out.insert(phrase) }
            }
        }
        return out.sorted()
    }()

    /// Whether `text` is a short block opening with a furniture phrase.
    static func isFurniture(_ text: String) -> Bool {
        guard text.count < maximumLength else { return false }
        let lower = text.lowercased()
        return openings.contains { lower.hasPrefix($0) }
    }
}
