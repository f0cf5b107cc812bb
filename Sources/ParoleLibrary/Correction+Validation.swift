import Foundation
import ParoleKit

extension Correction {
    /// The longest name a correction may give a speaker or an actor, in characters.
    public static let longestName = 200
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
        if let text = quoteText, text.count > Self.longestQuote {
            return "\"quoteText\" is longer than \(Self.longestQuote) characters"
        }
        for (key, name) in [("speaker", speaker), ("actor", actor)] {
            guard let name else { continue }
            if name.count > Self.longestName {
                return "\"\(key)\" is longer than \(Self.longestName) characters"
            }
            if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return "\"\(key)\" holds a line break or a control character"
            }
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
}
