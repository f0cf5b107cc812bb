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
    /// What sort of source the actor is: person, organisation, anonymous source, document,
    /// place as government.
    public var kind: ActorKind
    /// The roles the article gives the actor ("président de l'Assemblée", "porte-parole du
    /// Kremlin"), without determiner, in order of first mention.
    public var roles: [String]

    /// How many times the actor is mentioned.
    public var mentions: Int { occurrences.count }

    /// Creates an actor.
    public init(
        id: String, name: String, type: EntityType, aliases: [String] = [], occurrences: [Span] = [],
        quotes: Int = 0, kind: ActorKind? = nil, roles: [String] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.occurrences = occurrences
        self.quotes = quotes
        self.kind = kind ?? ActorKind(type)
        self.roles = roles
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, mentions, quotes, occurrences, kind, roles
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
        kind = try c.decodeIfPresent(ActorKind.self, forKey: .kind) ?? ActorKind(type)
        roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
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
        try c.encode(kind, forKey: .kind)
        try c.encode(roles, forKey: .roles)
    }
}

extension ActorKind {
    /// The kind an actor has by its entity type alone: a person, or else an organisation (a
    /// named place that speaks stands for its government).
    public init(_ type: EntityType) {
        switch type {
        case .person: self = .person
        case .location: self = .government
        default: self = .organisation
        }
    }
}
