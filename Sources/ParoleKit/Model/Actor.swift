/// A person or organisation that takes part in an article: every mention of it
/// merged into one, with the names it goes by.
public struct Actor: Hashable, Codable, Sendable, Identifiable {
    /// A stable identifier within one analysis ("a1", "a2", …), in order of first mention.
    public var id: String
    /// The fullest name the article gives ("Dmitri Peskov").
    public var name: String
    /// The actor's type: usually person or organisation.
    public var type: EntityType
    /// Other names and role phrases for the same actor ("Peskov", "porte-parole du Kremlin").
    public var aliases: [String]
    /// Every place the actor is mentioned, in text order.
    public var occurrences: [Span]
    /// How many quotes are attributed to the actor.
    public var quotes: Int

    /// How many times the actor is mentioned.
    public var mentions: Int { occurrences.count }

    /// Creates an actor.
    public init(
        id: String, name: String, type: EntityType, aliases: [String] = [], occurrences: [Span] = [],
        quotes: Int = 0
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.occurrences = occurrences
        self.quotes = quotes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, mentions, quotes, occurrences
    }

    /// Decodes an actor; `occurrences` is a list of `[start, end]` pairs.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(EntityType.self, forKey: .type)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        let pairs = try c.decodeIfPresent([[Int]].self, forKey: .occurrences) ?? []
        occurrences = pairs.compactMap {
            $0.count == 2 && 0 <= $0[0] && $0[0] <= $0[1] ? Span($0[0], $0[1]) : nil
        }
        quotes = try c.decodeIfPresent(Int.self, forKey: .quotes) ?? 0
    }

    /// Encodes an actor with its counts and its occurrences as `[start, end]` pairs.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(occurrences.map { [$0.start, $0.end] }, forKey: .occurrences)
    }
}
