import Foundation
import ParoleKit

extension Correction {
    /// The longest name a correction may give a speaker or an actor, in characters.
    public static let longestName = 200
    /// The most UTF-8 bytes such a name may take: what the library stores, whatever the
    /// characters (one character can carry any number of combining marks).
    public static let largestName = 800
    /// The longest quote a correction may be about, in characters (a long article's length).
    public static let longestQuote = 100_000

    /// Why this correction, read from a file, cannot be stored (one short phrase), or nil when
    /// it can: what its decision needs is there, names are names (one line, not too long),
    /// offsets are an ordered pair of non-negative numbers.
    public var problem: String? {
        if source.isEmpty || hash.isEmpty { return "no \"source\" or \"hash\" naming its article" }
        if let start = quoteStart, start < 0 { return "\"quoteStart\" is negative" }
        if let start = quoteStart, let end = quoteEnd, end < start {
            return "\"quoteEnd\" is before \"quoteStart\""
        }
        if let text = quoteText,
            text.utf8.count > 4 * Self.longestQuote || text.count > Self.longestQuote
        {
            return
                "\"quoteText\" is longer than \(Self.longestQuote) characters (or four times as many bytes)"
        }
        for (key, name) in [("speaker", speaker), ("actor", actor)] {
            if let name, let fault = Self.nameFault(name) { return "\"\(key)\" \(fault)" }
        }
        func needs(_ keys: [(String, Bool)]) -> String? {
            keys.first { !$0.1 }.map { "a \(decision.rawValue) correction needs \"\($0.0)\"" }
        }
        let named = { (name: String?) in name.map { !NameKey.of($0).isEmpty } ?? false }
        switch decision {
        case .speaker: return needs([("quoteText", !(quoteText ?? "").isEmpty), ("speaker", named(speaker))])
        case .notQuote: return needs([("quoteText", !(quoteText ?? "").isEmpty)])
        case .merge: return needs([("actor", named(actor)), ("speaker", named(speaker))])
        case .gender: return needs([("actor", named(actor)), ("gender", gender != nil)])
        }
    }

    /// What is wrong with `name` as a speaker's or an actor's name (a phrase that follows the
    /// name, "is longer than 200 characters"), or nil when nothing is. The one check of names
    /// that `parole corrections import`, `parole correct` and the reader's `e` make: at most
    /// ``longestName`` characters and ``largestName`` bytes of UTF-8, on one line — no control
    /// character, line or paragraph separator (U+2028, U+2029), nor format character (soft
    /// hyphen, zero-width space, bidi controls…) but the zero-width joiners some scripts need
    /// (``ScalarControlClass/isRefusedInName``).
    public static func nameFault(_ name: String) -> String? {
        if name.count > longestName { return "is longer than \(longestName) characters" }
        if name.utf8.count > largestName { return "is longer than \(largestName) bytes of UTF-8" }
        let refused = name.unicodeScalars.contains { ScalarControlClass($0).isRefusedInName }
        return refused ? "holds a line break, a control or a format character" : nil
    }
}
