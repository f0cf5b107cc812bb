import ArgumentParser
import Foundation
import ParoleKit

/// The `parole` command: a terminal reader for news articles that shows who said what.
@main
struct Parole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parole",
        abstract: "Read news articles and see who said what.",
        subcommands: [
            AnalyzeCommand.self, ReadCommand.self, ExtractCommand.self,
            AddCommand.self, QuotesCommand.self, ActorsCommand.self, SearchCommand.self, ExportCommand.self,
            SubscribeCommand.self, UnsubscribeCommand.self, SubscriptionsCommand.self, UpdateCommand.self,
            CorrectCommand.self, CorrectionsCommand.self, StatsCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command line as ArgumentParser does, but prints its messages (which can quote
    /// what the user typed: an unknown option, a bad value) through ``TerminalSafeText``.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
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
    }
}
