/// The named time zones feeds write after an RFC 822 time (`Tue, 22 May 2012 07:44:00 CEST`),
/// with their offsets east of UTC: one table for ``FeedDate``, in place of names scattered in
/// its code. RFC 822 names `UT`, `GMT`, `Z` and the North American zones; European feeds write
/// their own zones as well, summer and winter. Only names that mean one offset are listed: `IST`
/// (Irish, Israeli or Indian time) is not, and a date written with it is left to the formatter.
public enum ZoneAbbreviation {
    /// Each name, upper case, with its offset east of UTC in minutes.
    public static let offsets: [String: Int] = [
        // Universal time (RFC 822, ISO 8601's `Z`).
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        // North America (RFC 822).
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
        "PDT": -420,
        // Western Europe: Portugal, the Canaries; the United Kingdom's summer (British Summer Time).
        "WET": 0, "WEST": 60, "BST": 60,
        // Central Europe, in English and in German (MEZ, MESZ), and its older name MET.
        "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "MEZ": 60, "MESZ": 120,
        // Eastern Europe; Moscow.
        "EET": 120, "EEST": 180, "MSK": 180,
    ]

    /// The names of universal time, which tell nothing of where a date was written (feeds that
    /// convert every date to UTC write them); every other name is the zone of a place, `WET`
    /// (Lisbon, the Canaries) too, whose offset is zero.
    public static let universal: Set<String> = ["UT", "UTC", "GMT", "Z"]

    /// The offset east of UTC, in seconds, of the zone named by the ASCII bytes `name` (any
    /// case), else nil.
    static func seconds(_ name: some Collection<UInt8>) -> Int? {
        byBytes[upperCased(name)]
    }

    /// Whether the ASCII bytes `name` (any case) name a place's zone of the table, not universal time.
    static func namesPlace(_ name: some Collection<UInt8>) -> Bool {
        let upper = upperCased(name)
        return byBytes[upper] != nil && !universalBytes.contains(upper)
    }

    private static func upperCased(_ name: some Collection<UInt8>) -> [UInt8] {
        name.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
    }

    private static let universalBytes = Set(universal.map { Array($0.utf8) })

    /// ``offsets`` keyed by the names' bytes, in seconds: what the quick date reader looks up.
    private static let byBytes: [[UInt8]: Int] = offsets.reduce(into: [:]) {
        $0[Array($1.key.utf8)] = $1.value * 60
    }
}
