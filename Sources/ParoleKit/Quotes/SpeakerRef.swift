/// How the text names the speaker of a quote, before it is resolved to an actor.
struct SpeakerRef {
    /// What kind of reference it is.
    enum Kind: Equatable {
        /// A noun phrase or a name: "Dmitri Peskov", "le ministère", "un porte-parole de l'UE".
        case phrase(Range<Int>)
        /// A subject pronoun at this token: "il", "-t-elle", "lui" in "selon lui".
        case pronoun(Int)
        /// No attribution in the sentence: whoever spoke just before, nearby.
        case context
        /// "on", "dit-on": nobody in particular; not a quote.
        case impersonal
        /// Nothing found.
        case none
    }

    /// What kind of reference it is.
    var kind: Kind
    /// A phrase in apposition that names the same speaker by role ("porte-parole du Kremlin").
    var alias: Range<Int>? = nil

    static let none = SpeakerRef(kind: .none)
    static let context = SpeakerRef(kind: .context)
}
