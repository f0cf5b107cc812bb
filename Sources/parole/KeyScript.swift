import ParoleReader

/// Keys written as words, for scripted renders (`--keys "n n Tab /Peskov Enter"`).
enum KeyScript {
    /// The keys of `script`: space-separated words, each a key name as a config file writes
    /// it, capitalised (Tab, BTab, Enter, Esc, Down, Up, PgDn, PgUp, Home, End, BS, Space; see
    /// `KeyName`), C-x for Ctrl-X, WxH for a resize, or else characters typed one by one.
    static func keys(_ script: String) -> [Key] {
        var keys: [Key] = []
        for word in script.split(separator: " ") {
            if word.hasPrefix("C-"), word.count == 3 {
                keys.append(.control(word.last!))
            } else if let x = word.firstIndex(of: "x"), let w = Int(word[..<x]),
                let h = Int(word[word.index(after: x)...])
            {
                keys.append(.resize(width: w, height: h))
            } else if word.count > 1, word.first?.isUppercase == true,
                let key = KeyName.key(named: String(word))
            {
                keys.append(key)
            } else {
                keys += word.map { Key.character($0) }
            }
        }
        return keys
    }
}
