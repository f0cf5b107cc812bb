/// A speech verb and what it can introduce.
public struct SpeechVerb: Hashable, Sendable {
    /// What a speech verb can introduce.
    public struct Frames: OptionSet, Hashable, Sendable {
        /// The raw bits.
        public let rawValue: UInt16
        /// Creates frames from raw bits.
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// A content clause: "a déclaré que …".
        public static let contentClause = Frames(rawValue: 1 << 0)
        /// An infinitive clause: "affirme avoir vu …".
        public static let infinitive = Frames(rawValue: 1 << 1)
        /// An accusation: "accuse X d'avoir …".
        public static let accusation = Frames(rawValue: 1 << 2)
        /// Words in guillemets before or after: "», a-t-il ajouté".
        public static let direct = Frames(rawValue: 1 << 3)
        /// Fragments in guillemets inside the sentence: "a salué une « victoire »".
        public static let partial = Frames(rawValue: 1 << 4)
        /// The subject relayed the words rather than said them: "a rapporté Reuters".
        public static let relay = Frames(rawValue: 1 << 5)
        /// A promise or pledge with "de" + infinitive: "a promis de travailler …".
        public static let promise = Frames(rawValue: 1 << 6)
        /// Speaks only through a speech noun after it, which then takes a content clause or
        /// "de" + infinitive: "a exprimé l'espoir que …", "a émis le souhait de …".
        public static let speechNoun = Frames(rawValue: 1 << 7)
        /// A content clause after the person told: "a averti l'Iran qu'il paierait …", "a
        /// prévenu ses partenaires que …".
        public static let objectThenClause = Frames(rawValue: 1 << 8)
    }

    /// The infinitive ("déclarer").
    public var lemma: String
    /// What the verb can introduce.
    public var frames: Frames

    /// Creates a speech verb.
    public init(lemma: String, frames: Frames) {
        self.lemma = lemma
        self.frames = frames
    }
}

/// One conjugated form of a speech verb.
public struct SpeechVerbForm: Hashable, Sendable {
    /// What grammatical form it is.
    public enum Shape: UInt8, Sendable {
        /// A finite form (present, imperfect, simple past, future, conditional).
        case finite
        /// A past participle, used after an auxiliary.
        case participle
        /// A present participle ("déclarant").
        case presentParticiple
    }

    /// The verb the form belongs to.
    public var verb: SpeechVerb
    /// What grammatical form it is.
    public var shape: Shape
    /// Whether a finite form is plural (third person plural).
    public var isPlural: Bool
}
