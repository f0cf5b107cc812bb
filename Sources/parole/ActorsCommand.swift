import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole actors`: ranks the library's actors, shows and undoes merges.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the library's actors by quotes across articles; show or undo merges.",
        discussion: """
            The same person in two articles is one library actor when the names are the same, when \
            one is a shorter form of the other and only one library person has that surname \
            ("Obama", "B. Obama", "Barack Obama"), or, among people sharing a surname, when they \
            share a role ("Peskov, porte-parole du Kremlin"); different first names stay apart. \
            --merges lists such merges with a number; --unmerge NUMBER undoes one. \
            --kind keeps one kind of source (person, organisation, anonymous, document); --since and \
            --until count only the articles of those dates (an actor they do not name is left out).
            """
    )

    @OptionGroup var options: LibraryOptions

    @Option(parsing: .unconditional, help: "Only the first N actors.")
    var top: Int?

    @Option(help: "Only the actors of this kind: person, organisation, anonymous or document.")
    var kind: SpeakerKind?

    @OptionGroup var dates: DateRangeOptions

    @Flag(help: "List the merges made across articles.")
    var merges = false

    @Flag(
        help:
            "With --merges: also the merges of the same name (case and accents aside), not listed by default."
    )
    var sameName = false

    @Option(help: ArgumentHelp("Undo a merge listed by --merges.", valueName: "number"))
    var unmerge: Int64?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        // `--top 0` printed "no actors", as if the library had none.
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if (kind != nil || dates.since != nil || dates.until != nil) && (merges || unmerge != nil) {
            throw ValidationError("--kind, --since and --until choose the actors listed, not merges")
        }
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        if let unmerge {
            let id = try reportingLibraryErrors { () throws(LibraryError) in
                try library.unmerge(appearanceId: unmerge)
            }
            print("merge \(unmerge) undone: now actor \(id)")
            return
        }
        if merges {
            // A name met again in another article (maybe in capitals or without its accents) is
            // the commonest merge and the least surprising: shown only when asked for, so that
            // the others stand out.
            let (list, hidden) = try reportingLibraryErrors { () throws(LibraryError) in
                (try library.merges(sameName: sameName), sameName ? 0 : try library.sameNameMergeCount())
            }
            if json { return try JSONOutput.write(list) }
            if list.isEmpty { print("no merges") }
            if hidden > 0 {
                print(
                    "(\(hidden) \(hidden == 1 ? "merge" : "merges") of the same name not listed: --same-name)"
                )
            }
            for merge in list {
                // The name it was matched with, and the actor's name today when a later, fuller
                // name renamed it ("Barack Obama → Obama …, now Barack Obama" reads; "Barack
                // Obama → Barack Obama" did not).
                let now = merge.actorName == merge.joinedName ? "" : ", now \(merge.actorName)"
                StandardOutput.print(
                    "\(merge.appearanceId)\t\(merge.name) → \(merge.joinedName) (\(merge.reason)\(now)) in « \(merge.articleTitle) »"
                )
            }
            return
        }
        let since = try dates.sinceDate()
        let until = try dates.untilDate()
        let actors = try reportingLibraryErrors { () throws(LibraryError) in
            try library.actors(top: top, kind: kind, since: since, until: until)
        }
        if json { return try JSONOutput.write(actors) }
        if actors.isEmpty {
            // Which filters left nothing: "no actors" alone reads as an empty library.
            var filters = kind.map { " of kind \($0.rawValue)" } ?? ""
            if let since = dates.since { filters += " since \(since)" }
            if let until = dates.until { filters += " until \(until)" }
            print("no actors" + filters)
        }
        for actor in actors {
            // Counts of one are singular ("1 quote  "), padded so that the columns stay aligned.
            func count(_ n: Int, _ width: Int, _ noun: String) -> String {
                String(format: "%\(width)d ", n) + (n == 1 ? noun + " " : noun + "s")
            }
            var line =
                count(actor.quotes, 5, "quote") + " " + count(actor.mentions, 5, "mention") + " "
                + count(actor.articles, 4, "article") + "  "
            // People and organisations show their entity type; other sources say what they are.
            let label =
                switch actor.kind {
                case .person, .organisation: actor.type.rawValue
                case .anonymous: "anonymous source"
                case .document: "document"
                }
            line += "\(actor.name) (\(label))"
            if !actor.aliases.isEmpty { line += " — " + actor.aliases.joined(separator: ", ") }
            StandardOutput.print(line)
        }
    }
}

extension SpeakerKind: ExpressibleByArgument {}
