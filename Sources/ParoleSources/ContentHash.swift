/// A 64-bit FNV-1a fingerprint of an article's text, written as 16 hex digits: enough to tell
/// whether an article changed since it was stored.
public enum ContentHash {
    /// The fingerprint of `text`.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
