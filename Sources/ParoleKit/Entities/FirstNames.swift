import Foundation

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

    /// Lower-cased name hash → births (low 30 bits) and sex (bit 30 male, bit 31 female).
    private let entries: HashTable<UInt32>

    private static let male: UInt32 = 1 << 30
    private static let female: UInt32 = 1 << 31
    private static let birthsMask: UInt32 = (1 << 30) - 1
    /// The binary table's identification and version (``serialized()``).
    static let magic: [UInt8] = Array("PAROLFN2".utf8)

    /// The names shipped with Parole, mapped once on first use from `firstnames.bin`, the table
    /// `parole-train resources` builds from `firstnames.tsv` (a test checks the two agree).
    public static let french: FirstNames = {
        do { return try FirstNames(bytes: ResourceFile.mapped("firstnames.bin")) } catch {
            ResourceFile.unusable(error)
        }
    }()

    /// Creates a table from `name, M|F|X, births` rows.
    init(rows: [[Substring]]) {
        var entries = HashTable<UInt32>(capacity: rows.count)
        for row in rows where row.count >= 2 {
            let sex = row[1] == "M" ? FirstNames.male : row[1] == "F" ? FirstNames.female : 0
            let births = row.count > 2 ? min(Int(row[2]) ?? 0, Int(FirstNames.birthsMask)) : 0
            entries.set(FeatureHash.of(CharClass.lowercased(row[0])), sex | UInt32(max(births, 0)))
        }
        self.entries = entries
    }

    /// Reads a table written by ``serialized()``, in place.
    init(bytes: ResourceBytes) throws(ResourceError) {
        var reader = ResourceReader(bytes)
        guard bytes.count >= 8, try reader.bytes(8) == FirstNames.magic else {
            throw reader.error("not a Parole first-name table of this version")
        }
        entries = try HashTable.read(from: &reader)
        guard reader.atEnd else { throw reader.error("\(bytes.count - reader.offset) bytes after the table") }
    }

    /// The binary table `firstnames.bin` made from the text of `firstnames.tsv`.
    package static func table(fromTSV text: Data) -> Data {
        FirstNames(rows: ResourceFile.rows(in: text)).serialized()
    }

    /// The binary table (`firstnames.bin`).
    func serialized() -> Data {
        var out = ResourceWriter()
        out.bytes(FirstNames.magic)
        entries.write(to: &out)
        return out.data
    }

    /// The number of names known.
    public var count: Int { entries.count }

    /// Whether `name` is a known first name (case-insensitive).
    public func contains(_ name: String) -> Bool { lookup(name) != nil }

    /// The sex most bearers of `name` have, or nil when the name is unknown or mixed
    /// ("Dmitri" → male, "Camille" → nil). A compound name ("Jean-Marie") that is not
    /// listed as such takes the sex of its first part.
    public func sex(of name: String) -> Sex? {
        guard let value = lookup(name) else { return nil }
        return value & FirstNames.male != 0 ? .male : value & FirstNames.female != 0 ? .female : nil
    }

    /// How many French births bore `name` between 1900 and 2021 (0 when unknown).
    public func births(of name: String) -> Int { Int((lookup(name) ?? 0) & FirstNames.birthsMask) }

    private func lookup(_ name: String) -> UInt32? {
        let key = CharClass.lowercased(name)
        if let e = entries[FeatureHash.of(key)] { return e }
        if let dash = key.firstIndex(of: "-"), let e = entries[FeatureHash.of(String(key[..<dash]))] {
            return e
        }
        return nil
    }
}
