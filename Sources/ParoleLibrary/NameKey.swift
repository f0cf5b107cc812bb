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

    /// Whether two person keys with the same surname can name one person: one is the surname
    /// alone, or their first names agree (equal, or one an initial of the other: "b obama" and
    /// "barack obama"). Different first names ("marine le pen", "jean marie le pen") cannot.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " ")
        let y = b.split(separator: " ")
        // One letter is no surname ("B" is not "Alpha Centauri B").
        guard let lx = x.last, let ly = y.last, lx == ly, lx.count > 1, a != b else { return false }
        if x.count == 1 || y.count == 1 { return true }
        let fx = x.dropLast()
        let fy = y.dropLast()
        guard fx.count == fy.count else {
            // "jean marc ayrault" and "j m ayrault": compare initials only.
            return initials(fx) == initials(fy) && (isInitialForm(a) || isInitialForm(b))
        }
        for (p, q) in zip(fx, fy) where p != q {
            guard p.count == 1 || q.count == 1, p.first == q.first else { return false }
        }
        return true
    }

    /// Whether a key writes its first names as initials ("b obama", "j m ayrault").
    static func isInitialForm(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return words.count > 1 && words.dropLast().allSatisfy { $0.count == 1 }
    }

    /// Whether key `a` is a fuller form of the same name than key `b`: more words, or whole first
    /// names where `b` has initials.
    static func isFuller(_ a: String, than b: String) -> Bool {
        let x = a.split(separator: " ").count
        let y = b.split(separator: " ").count
        return x > y || (x == y && isInitialForm(b) && !isInitialForm(a))
    }

    private static func initials(_ words: ArraySlice<Substring>) -> String {
        String(words.compactMap(\.first))
    }
}
