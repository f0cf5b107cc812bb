import ParoleKit

/// A 64-bit FNV-1a fingerprint of an article's text, written as 16 hex digits: enough to tell
/// whether an article changed since it was stored.
public enum ContentHash {
    /// The fingerprint of `text` (the hash the entity model uses for its features, in hex).
    public static func of(_ text: String) -> String {
        let hex = String(FeatureHash.of(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
