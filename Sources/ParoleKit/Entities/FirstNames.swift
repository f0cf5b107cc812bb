/// French first names with the sex of the people who bear them, from INSEE's
/// register of births 1900–2021 (see docs/data-sources.md).
///
/// Used by the entity recogniser (a known first name before a capitalised word points
/// to a person) and by pronoun resolution (il/elle → the actor of the matching sex).
public struct FirstNames: Sendable {
    /// The sex most people bearing a first name have.
    public enum Sex: String, Sendable {
        /// At least 80 % of births with this name were boys.
        case male
        /// At least 80 % of births with this name were girls.
        case female
    }

    private struct Entry: Sendable {
        var sex: Sex?
        var births: Int
    }

    private let entries: [String: Entry]

    /// The names shipped with Parole, loaded once on first use.
    public static let french = FirstNames(rows: ResourceFile.rows("firstnames.tsv"))

    /// Creates a table from `name, M|F|X, births` rows.
    init(rows: [[Substring]]) {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(rows.count)
        for row in rows where row.count >= 2 {
            let sex: Sex? = row[1] == "M" ? .male : row[1] == "F" ? .female : nil
            let births = row.count > 2 ? Int(row[2]) ?? 0 : 0
            entries[CharClass.lowercased(row[0])] = Entry(sex: sex, births: births)
        }
        self.entries = entries
    }

    /// The number of names known.
    public var count: Int { entries.count }

    /// Whether `name` is a known first name (case-insensitive).
    public func contains(_ name: String) -> Bool { lookup(name) != nil }

    /// The sex most bearers of `name` have, or nil when the name is unknown or mixed
    /// ("Dmitri" → male, "Camille" → nil). A compound name ("Jean-Marie") that is not
    /// listed as such takes the sex of its first part.
    public func sex(of name: String) -> Sex? {
        lookup(name)?.sex
    }

    /// How many French births bore `name` between 1900 and 2021 (0 when unknown).
    public func births(of name: String) -> Int { lookup(name)?.births ?? 0 }

    private func lookup(_ name: String) -> Entry? {
        let key = CharClass.lowercased(name)
        if let e = entries[key] { return e }
        if let dash = key.firstIndex(of: "-"), let e = entries[String(key[..<dash])] { return e }
        return nil
    }
}
