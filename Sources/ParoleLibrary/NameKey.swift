import Foundation

/// The comparable form of a name or role: lower case, accents and case folded, hyphens and
/// apostrophes as spaces, white space collapsed ("Jean-Marc Ayrault" → "jean marc ayrault").
enum NameKey {
    /// The key of `name`.
    static func of(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var space = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else {
                space = true
            }
        }
        return out
    }

    /// The last word of a key: the surname of a person's name ("ayrault").
    static func surname(ofKey key: String) -> String {
        key.split(separator: " ").last.map(String.init) ?? key
    }

    /// Whether `alias` is a role phrase ("porte-parole du Kremlin") rather than a name: it
    /// starts with a lower-case letter.
    static func isRole(_ alias: String) -> Bool {
        alias.first.map { $0.isLowercase } ?? false
    }
}
