import ParoleReader

/// Keys written as words, for scripted renders (`--keys "n n Tab /Peskov Enter"`).
enum KeyScript {
    /// The keys of `script`: space-separated names (Tab, Enter, Esc, Down, Up, PgDn, PgUp,
    /// Home, End, BTab, BS, C-x, WxH for a resize) or characters typed one by one.
    static func keys(_ script: String) -> [Key] {
        var keys: [Key] = []
        for word in script.split(separator: " ") {
            switch word {
            case "Tab": keys.append(.tab)
            case "BTab": keys.append(.backTab)
            case "Enter": keys.append(.enter)
            case "Esc": keys.append(.escape)
            case "Down": keys.append(.down)
            case "Up": keys.append(.up)
            case "PgDn": keys.append(.pageDown)
            case "PgUp": keys.append(.pageUp)
            case "Home": keys.append(.home)
            case "End": keys.append(.end)
            case "BS": keys.append(.backspace)
            case "Space": keys.append(.character(" "))
            default:
                if word.hasPrefix("C-"), word.count == 3 {
                    keys.append(.control(word.last!))
                } else if let x = word.firstIndex(of: "x"), let w = Int(word[..<x]),
                    let h = Int(word[word.index(after: x)...])
                {
                    keys.append(.resize(width: w, height: h))
                } else {
                    keys += word.map { Key.character($0) }
                }
            }
        }
        return keys
    }
}
