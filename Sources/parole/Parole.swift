import ArgumentParser

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
}
