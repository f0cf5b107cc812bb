import ParoleKit

/// A text with its gold named entities, as training or evaluation data.
public struct AnnotatedText: Sendable {
    /// A gold name: its scalar span in `text` and its type.
    public struct Name: Sendable, Hashable {
        /// Where the name stands, in Unicode scalars.
        public var span: Span
        /// Its type.
        public var type: EntityType

        /// Creates a name.
        public init(span: Span, type: EntityType) {
            self.span = span
            self.type = type
        }
    }

    /// A name for the text (file and position), for reports.
    public var id: String
    /// The text, one paragraph per line.
    public var text: String
    /// The gold names, in text order.
    public var names: [Name]
    /// The types this text teaches, when it teaches only some (nil: all): training updates the
    /// model at a token only where the gold or the guessed label is a name of one of them, so a
    /// corpus can add evidence for some types without outvoting the others on the rest.
    public var learnedTypes: Set<EntityType>? = nil

    /// Creates an annotated text.
    public init(id: String, text: String, names: [Name]) {
        self.id = id
        self.text = text
        self.names = names
    }

    /// Words that open some corpora's name spans but not Parole's (titles, determiners).
    static let leadingNoise: Set<String> = [
        "m.", "mm.", "mme", "mmes", "mlle", "me", "mes", "mgr", "dr", "dr.", "le", "la", "les", "l'", "un",
        "une",
        "m", ".", "président", "général", "docteur", "saint",
    ]

    /// The BIO label of every token of `document` (the tokenized `text`): a token takes
    /// the type of the name its first scalar falls in. Names are brought to Parole's
    /// guidelines: leading titles and determiners left out, a comma or bracket ends a name.
    func labels(for document: Document) -> [UInt8] {
        let tokens = document.tokens
        var labels = [UInt8](repeating: EntityLabel.outside, count: tokens.count)
        var k = 0
        let sorted = names.sorted { $0.span.start < $1.span.start }
        var lastName = -1
        var closed = false
        for (i, t) in tokens.enumerated() {
            while k < sorted.count && sorted[k].span.end <= t.span.start { k += 1 }
            guard k < sorted.count, sorted[k].span.start <= t.span.start, t.span.start < sorted[k].span.end
            else { continue }
            if lastName != k {
                closed = false
                // Skip leading titles and determiners when more of the name follows.
                let lowercaseStart =
                    !t.isCapitalized && !t.isAllCaps
                    && !(sorted[k].type == .organization || sorted[k].type == .location)
                if AnnotatedText.leadingNoise.contains(t.norm) || !t.isWordLike || lowercaseStart,
                    i + 1 < tokens.count, tokens[i + 1].span.start < sorted[k].span.end
                {
                    continue
                }
            }
            if t.norm == "," || t.norm == "(" || t.norm == ";" { closed = true }
            if closed { continue }
            labels[i] = lastName == k ? EntityLabel.inside(sorted[k].type) : EntityLabel.begin(sorted[k].type)
            lastName = k
        }
        return labels
    }
}
