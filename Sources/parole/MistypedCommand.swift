import ArgumentParser
import Foundation
import ParoleReader

/// A first word that reads as a mistyped command rather than as what the default subcommand
/// takes: `parole serach X` (the reader would look for the files "serach" and "X"),
/// `parole actor --top 3` (the reader's options refused), `parole corrections undo` (the
/// default `corrections list` refusing its argument) — each gave a message about something the
/// user did not mean.
///
/// Below the root, a group whose default subcommand takes no argument (`corrections`) refuses
/// any word that is none of its subcommands. At the root, whose default (`read`) takes paths,
/// a word is taken for a command only when it is no existing path, holds letters and `-` only,
/// and is near one command's name (two edits at most, or one name the start of the other).
struct MistypedCommand {
    /// The one-line message (without "parole: ").
    let message: String

    /// The mistyped command in `arguments` (without the program's name) under `root`, if any.
    /// `takingWords` are the default subcommands that take words of their own (the reader's
    /// paths); `exists` says whether a path is there.
    static func find(
        in arguments: [String], root: any ParsableCommand.Type, takingWords: [any ParsableCommand.Type],
        exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> MistypedCommand? {
        // An option first (`--help`, `--version`, the reader's options): nothing to look up.
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        var command = root
        var path = [root._commandName]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            // ArgumentParser's own `help` pseudo-command is left to it.
            guard !subcommands.isEmpty, !word.hasPrefix("-"), word != "help" else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                command = next
                path.append(word)
                continue
            }
            let names = subcommands.map { $0._commandName }
            let nearest = names.filter { isNear(word, $0) }.min { distance(word, $0) < distance(word, $1) }
            let suggestion = nearest.map { "; did you mean `\((path + [$0]).joined(separator: " "))`?" }
            let typed = path.joined(separator: " ")
            if let defaultCommand = command.configuration.defaultSubcommand,
                takingWords.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(defaultCommand) })
            {
                guard let suggestion, !exists(word), word.allSatisfy({ $0.isLetter || $0 == "-" }) else {
                    return nil
                }
                return MistypedCommand(
                    message: "'\(word)' is no file and no command of \(typed)\(suggestion)")
            }
            return MistypedCommand(
                message: "'\(word)' is no command of \(typed) (\(names.joined(separator: ", ")))"
                    + (suggestion ?? ""))
        }
        return nil
    }

    /// A command written after the options it takes (`parole --library lib.sqlite list`), which
    /// the reader took for a file to open among `paths` ("list: no such file or directory"): it
    /// says the command comes first, with the line to type. A file of that name is opened.
    static func misplaced(
        in paths: [String], arguments: [String], root: any ParsableCommand.Type,
        exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> MistypedCommand? {
        let names = Set(root.configuration.subcommands.map { $0._commandName })
        guard let word = paths.first(where: { names.contains($0) && !exists($0) }),
            let index = arguments.firstIndex(of: word), index > 0
        else { return nil }
        var rest = arguments
        rest.remove(at: index)
        // `parole read --library PATH list`: the command typed first gives way to the one meant.
        if let first = rest.first, names.contains(first) { rest.removeFirst() }
        let line = (["parole", word] + rest.map(ShellWord.quoted)).joined(separator: " ")
        return MistypedCommand(message: "'\(word)' is a command, which comes before its options: \(line)")
    }

    /// Whether `word` is near `name`: two edits at most (one for a name of four letters or
    /// fewer), a letter pair swapped counting as one, or one of them the start of the other.
    static func isNear(_ word: String, _ name: String) -> Bool {
        let a = Array(word.lowercased())
        let b = Array(name)
        if a.count >= 3, b.starts(with: a) || a.starts(with: b) { return true }
        return distance(word, name) <= (b.count <= 4 ? 1 : 2)
    }

    /// The edits from `word` (in lower case) to `name`: insertions, deletions, substitutions
    /// and swaps of two neighbours (the optimal string alignment distance).
    static func distance(_ word: String, _ name: String) -> Int {
        let a = Array(word.lowercased())
        let b = Array(name)
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
