import ArgumentParser
import Foundation
import ParoleKit

/// The `parole` command: a terminal reader for news articles that shows who said what.
@main
struct Parole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parole",
        abstract: "Read news articles and see who said what.",
        discussion: """
            parole FILE|DIR|URL... opens the reader (`parole read --help` for its options; ? in the \
            reader lists the keys); parole alone opens the library built by `parole add`, parole 12 \
            its article 12 (`parole list` numbers them).
            """,
        version: "parole, analysis \(AnalysisVersion.current)",
        subcommands: [
            AnalyzeCommand.self, ReadCommand.self, ExtractCommand.self,
            AddCommand.self, ListCommand.self, QuotesCommand.self, ActorsCommand.self, SearchCommand.self,
            ExportCommand.self,
            SubscribeCommand.self, UnsubscribeCommand.self, SubscriptionsCommand.self, UpdateCommand.self,
            CorrectCommand.self, CorrectionsCommand.self, StatsCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command line as ArgumentParser does, but prints its messages (which can quote
    /// what the user typed: an unknown option, a bad value) through ``TerminalSafeText``.
    static func main() {
        // A full file-size limit (`ulimit -f`) is reported as a write error by every command that
        // writes (`add`, `update`, `subscribe`, `correct`, `export` to a file), not a silent kill.
        signal(SIGXFSZ, SIG_IGN)
        if let mistyped = MistypedCommand.find(
            in: Array(CommandLine.arguments.dropFirst()), root: Parole.self, takingWords: [ReadCommand.self])
        {
            FileHandle.standardError.write(
                Data(("parole: " + TerminalSafeText.line(mistyped.message) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(reporting: error, as: Parole.self)
        }
        do {
            try command.run()
        } catch {
            // An error of the subcommand's own: its usage, not the root's, goes with the message.
            exit(reporting: error, as: type(of: command))
        }
    }

    /// Writes `error` as ArgumentParser words it for `command` (made safe for a terminal) and
    /// exits with its code.
    static func exit(reporting error: any Error, as command: any ParsableCommand.Type) -> Never {
        var message = command.fullMessage(for: error)
        // A subcommand's usage names it alone ("Usage: stats …", "See 'stats --help'"): name it
        // as it is typed, "parole stats".
        if command != Parole.self, let path = commandPath(to: command) {
            let leaf = command._commandName
            let full = path.joined(separator: " ")
            message = message.replacingOccurrences(of: "Usage: \(leaf) ", with: "Usage: \(full) ")
                .replacingOccurrences(of: "See '\(leaf) --help'", with: "See '\(full) --help'")
        }
        let code = command.exitCode(for: error)
        if !message.isEmpty {
            let safe = TerminalSafeText.lines(message)
            if code == .success {
                print(safe)
            } else {
                FileHandle.standardError.write(Data((safe + "\n").utf8))
            }
        }
        Foundation.exit(code.rawValue)
    }

    /// The names typed to reach `command` from `parole` ("parole corrections list"), if it is one
    /// of its subcommands.
    static func commandPath(
        to command: any ParsableCommand.Type, from root: any ParsableCommand.Type = Parole.self
    )
        -> [String]?
    {
        if root == command { return [root._commandName] }
        for sub in root.configuration.subcommands {
            if let rest = commandPath(to: command, from: sub) { return [root._commandName] + rest }
        }
        return nil
    }
}
