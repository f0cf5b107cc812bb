/// The kind of a named entity, following the CoNLL/WikiNER convention.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    /// A person, by name.
    case person = "PER"
    /// An organisation, institution, company, medium, party or ministry.
    case organization = "ORG"
    /// A country, city, region or geographic feature.
    case location = "LOC"
    /// Any other named thing: peoples and nationalities as nouns, events, works.
    case miscellaneous = "MISC"

    /// Orders types as they are listed in reports: PER, ORG, LOC, MISC.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
