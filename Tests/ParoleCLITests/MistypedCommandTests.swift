import Foundation
import Testing

@testable import parole

/// A mistyped command says so and names the command meant, instead of a message about files
/// or options the user never meant (`parole serach X` looked for the files "serach" and "X").
@Suite final class MistypedCommandTests: ScratchSuite {
    @Test func aWordNearACommandThatIsNoFileNamesTheCommandMeant() throws {
        for (typed, meant) in [
            (["serach", "élections"], "parole search"), (["actor", "--top", "3"], "parole actors"),
            (["lsit"], "parole list"), (["correction", "list"], "parole corrections"),
        ] {
            let result = try parole(typed + ["--library", "lib.sqlite"])
            #expect(result.status == 64, "\(typed)")
            #expect(result.stderr.contains("did you mean `\(meant)`?"), "\(typed): \(result.stderr)")
            #expect(result.errorLines.count == 1, "\(typed): \(result.stderr)")
        }
    }

    @Test func aMistypedSubcommandOfCorrectionsIsNamedWithTheSubcommandsThereAre() throws {
        let result = try parole(["corrections", "delete", "--library", "lib.sqlite"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                "'delete' is no command of parole corrections (list, export, import, remove, undo)"),
            "\(result.stderr)")
        let typo = try parole(["corrections", "rmeove", "3", "--library", "lib.sqlite"])
        #expect(typo.stderr.contains("did you mean `parole corrections remove`?"), "\(typo.stderr)")
    }

    @Test func aFileNamedLikeACommandStillOpensAndOtherWordsAreFilesAsBefore() throws {
        try write("serach", "Le ministre a déclaré : « Nous verrons. »\n")
        let file = try parole(["serach"])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(file.output.contains("Nous verrons"))
        let missing = try parole(["Obama"])
        #expect(missing.stderr.contains("Obama: no such file or directory"), "\(missing.stderr)")
    }

    @Test func aCommandAfterTheOptionsSaysItComesFirstWithTheLineToType() throws {
        let result = try parole(["--library", "lib.sqlite", "list", "--limit", "5"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "parole: 'list' is a command, which comes before its options: parole list --library lib.sqlite --limit 5\n"
        )
        let search = try parole(["--library", "lib.sqlite", "read", "--search", "la grève"])
        #expect(
            search.stderr.contains("parole read --library lib.sqlite --search 'la grève'"), "\(search.stderr)"
        )
        // After `read` typed first, the line to type is the command meant, not `parole list read …`.
        #expect(
            MistypedCommand.misplaced(
                in: ["list"], arguments: ["read", "--library", "lib.sqlite", "list"], root: Parole.self,
                exists: { _ in false })?.message
                == "'list' is a command, which comes before its options: parole list --library lib.sqlite")
        // An option's value that is a command's name is no command; a file of that name opens.
        #expect(
            MistypedCommand.misplaced(
                in: [], arguments: ["--actor", "list"], root: Parole.self, exists: { _ in false }) == nil)
        try write("stats", "Le ministre a déclaré : « Nous verrons. »\n")
        let file = try parole(["--no-color", "stats"])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(file.output.contains("Nous verrons"))
    }

    @Test func nearnessCountsEditsSwapsAndStarts() {
        #expect(MistypedCommand.isNear("serach", "search"))
        #expect(MistypedCommand.isNear("stat", "stats"))
        #expect(MistypedCommand.isNear("exprot", "export"))
        #expect(!MistypedCommand.isNear("Obama", "add"))
        #expect(!MistypedCommand.isNear("undo", "list"))
        #expect(MistypedCommand.isNear("lit", "list"))
    }
}
