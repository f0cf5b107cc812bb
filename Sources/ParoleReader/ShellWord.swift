/// A word written so that a POSIX shell reads it back unchanged when it is pasted into a command
/// line: as it is when every character is safe, otherwise in single quotes with each `'` written
/// `'\''`.
public enum ShellWord {
    /// The characters a shell takes literally outside quotes (letters, digits, `_ - . , / : @ % + =`).
    public static func isSafe(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || "_-.,/:@%+=".contains(character)
    }

    /// `text` as one shell word: unchanged when non-empty and made of safe characters, otherwise
    /// quoted ("a b" → `'a b'`, "l'été" → `'l'\''été'`).
    public static func quoted(_ text: String) -> String {
        if !text.isEmpty && text.allSatisfy(isSafe) { return text }
        var word = "'"
        for character in text {
            word += character == "'" ? #"'\''"# : String(character)
        }
        return word + "'"
    }
}
