import Foundation
import ParoleKit

/// A user's decision about an article's analysis, kept apart from the analysis so that a new
/// analysis of the article (a newer Parole) keeps it: the quote it is about is found again by
/// its text when its offsets moved.
///
/// Written as one JSON object per line by `parole corrections export`, with these keys.
public struct Correction: Codable, Sendable, Hashable {
    /// What the user decided.
    public enum Decision: String, Codable, Sendable, CaseIterable {
        /// The quote's speaker is `speaker` (an actor of the article or a new name).
        case speaker
        /// The words are not a quote.
        case notQuote = "not-quote"
        /// The actor `actor` is the same as the actor `speaker`: merged into it.
        case merge
        /// The person `actor` is a woman or a man (`gender`).
        case gender
    }

    /// The library's identifier (nil before it is stored).
    public var id: Int64?
    /// The article's source (path or URL), as the library stores it.
    public var source: String
    /// The content hash of the article's text when the correction was made.
    public var hash: String
    /// The quote's span and words (speaker and not-quote corrections).
    public var quoteStart: Int?
    /// The end of the quote's span.
    public var quoteEnd: Int?
    /// The quote's words exactly as written.
    public var quoteText: String?
    /// What was decided.
    public var decision: Decision
    /// The speaker's name (speaker), or the actor merged into (merge).
    public var speaker: String?
    /// The actor merged (merge) or whose gender is set (gender).
    public var actor: String?
    /// The gender set (gender).
    public var gender: SpeakerGender?
    /// When it was made.
    public var createdAt: Date
    /// Whether it could be placed in the article's current analysis; a correction that could not
    /// be placed is kept and reported, never dropped.
    public var placed: Bool

    /// Creates a correction.
    public init(
        id: Int64? = nil, source: String, hash: String, quoteStart: Int? = nil, quoteEnd: Int? = nil,
        quoteText: String? = nil, decision: Decision, speaker: String? = nil, actor: String? = nil,
        gender: SpeakerGender? = nil, createdAt: Date = Date(), placed: Bool = true
    ) {
        self.id = id
        self.source = source
        self.hash = hash
        self.quoteStart = quoteStart
        self.quoteEnd = quoteEnd
        self.quoteText = quoteText
        self.decision = decision
        self.speaker = speaker
        self.actor = actor
        self.gender = gender
        self.createdAt = createdAt
        self.placed = placed
    }

    /// One line for people: the decision and what it is about.
    public var summary: String {
        let quote = quoteText.map { "« \(Correction.shortened(Correction.withoutGuillemets($0))) »" } ?? ""
        switch decision {
        case .speaker: return "\(quote) said by \(speaker ?? "?")"
        case .notQuote: return "\(quote) is not a quote"
        case .merge: return "\(actor ?? "?") is \(speaker ?? "?")"
        case .gender: return "\(actor ?? "?") is \(gender?.rawValue ?? "?")"
        }
    }

    /// `text` without the « » around it (a quote whose span holds its marks), so that the
    /// summary never shows « « … ».
    static func withoutGuillemets(_ text: String) -> String {
        guard text.hasPrefix("«"), text.hasSuffix("»"), text.count >= 2 else { return text }
        return text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
    }

    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }

    /// What a correction decides about what, with the article named one way (its source or its
    /// hash): two corrections make the same decision when one of their two keys is equal.
    struct DecisionKey: Hashable {
        var article: String
        var quoteText: String?
        var quoteStart: Int?
        var decision: Decision
        var speaker: String?
        var actor: String?
        var gender: SpeakerGender?
    }

    /// The decision keyed by the article's source, and by its text's hash.
    var decisionKeys: (bySource: DecisionKey, byHash: DecisionKey) {
        let key = DecisionKey(
            article: source, quoteText: quoteText, quoteStart: quoteStart, decision: decision,
            speaker: speaker, actor: actor, gender: gender)
        var byHash = key
        byHash.article = hash
        return (key, byHash)
    }

    /// Whether `other` makes the same decision about the same thing (the time and identifier aside).
    func sameDecision(as other: Correction) -> Bool {
        // The same article: by its path or URL, or by its text (a library that imported a
        // correction gives it the path its article was added from there).
        (source == other.source || hash == other.hash) && quoteText == other.quoteText
            && quoteStart == other.quoteStart
            && decision == other.decision && speaker == other.speaker && actor == other.actor
            && gender == other.gender
    }
}
