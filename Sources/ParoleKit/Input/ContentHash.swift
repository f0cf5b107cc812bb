/// A 64-bit FNV-1a fingerprint of an article's text, written as 16 hex digits: enough to tell
/// whether an article changed since it was stored.
public enum ContentHash {
    /// The fingerprint of `text` (the hash the entity model uses for its features, in hex).
    public static func of(_ text: String) -> String {
        let hex = String(FeatureHash.of(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `text` is written as a fingerprint is: 16 ASCII hexadecimal digits (the part
    /// after "#" of a feed item known by its text, `revue.xml#0a560179884f873d`).
    public static func isFingerprint(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 16
            && text.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
            }
    }
}
