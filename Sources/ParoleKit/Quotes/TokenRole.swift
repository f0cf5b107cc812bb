/// What a token is for the cue finder, as looked up once per token by `TextView`.
struct TokenRole: OptionSet, Sendable {
    let rawValue: UInt8

    /// A reflexive pronoun ("se", "s'").
    static let reflexivePronoun = TokenRole(rawValue: 1 << 0)
    /// A word that is an auxiliary.
    static let auxiliary = TokenRole(rawValue: 1 << 1)
    /// A word a cue can start with: an auxiliary, the first word of a multi-word speech verb, or a
    /// form of a speech verb. A cue starts at no other word (after an optional reflexive pronoun).
    static let cueHead = TokenRole(rawValue: 1 << 2)
    /// A determiner.
    static let determiner = TokenRole(rawValue: 1 << 3)
    /// An adverb (a single word).
    static let adverb = TokenRole(rawValue: 1 << 4)
}
