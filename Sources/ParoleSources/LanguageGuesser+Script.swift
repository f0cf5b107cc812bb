extension LanguageGuesser {
    /// The language of a text written mostly in a script that only one language, or one family
    /// the reader names by its largest language, writes with: Chinese (Han without kana),
    /// Japanese (kana), Korean (Hangul), Arabic, Hebrew, Greek, Thai, and Cyrillic told apart as
    /// Ukrainian (і, ї, є, ґ) or Russian (ы, э, ъ, ё). Nil when Latin letters or no one script
    /// make two thirds of the letters read (the first ``maximumScriptLetters``), or for Cyrillic
    /// without either sign. Function words cannot tell these (no spaces in Chinese; no word
    /// lists for the others), and an article in them must not be analysed as French.
    static func guessByScript(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var letters = 0
        var ukrainian = 0
        var russian = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if letters > maximumScriptLetters { break }
            let v = scalar.value
            let script: String
            switch v {
            case 0x0400...0x04FF:
                script = "cyrillic"
                switch v {
                case 0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490: ukrainian += 1
                case 0x044B, 0x044D, 0x044A, 0x0451, 0x042B, 0x042D, 0x042A, 0x0401: russian += 1
                default: break
                }
            case 0x3040...0x30FF: script = "ja"
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: script = "han"
            case 0xAC00...0xD7AF, 0x1100...0x11FF: script = "ko"
            case 0x0600...0x06FF: script = "ar"
            case 0x0590...0x05FF: script = "he"
            case 0x0370...0x03FF: script = "el"
            case 0x0E00...0x0E7F: script = "th"
            default: script = "other"
            }
            counts[script, default: 0] += 1
        }
        guard letters > 0 else { return nil }
        let kana = counts["ja", default: 0]
        let han = counts["han", default: 0]
        // Japanese mixes kana with Han; Chinese has no kana.
        if kana + han >= letters * 2 / 3 && kana + han > 0 {
            return kana * 10 >= kana + han ? "ja" : "zh"
        }
        guard let (script, count) = counts.max(by: { $0.value < $1.value }), count * 3 >= letters * 2
        else { return nil }
        switch script {
        case "cyrillic":
            if ukrainian > russian { return "uk" }
            return russian > 0 ? "ru" : nil
        case "other", "han", "ja": return nil
        default: return script
        }
    }

    /// How many letters ``guessByScript(_:)`` reads at most.
    static let maximumScriptLetters = 2000
}
