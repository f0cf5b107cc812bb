import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole correct`: records a correction of one article's analysis in the library.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a library article: a quote's speaker, not a quote, merged actors, a gender.",
        discussion: """
            ARTICLE is the article's number (as `parole list` and `parole quotes` show it) or the path or URL it was \
            added from; quotes are numbered from 1 in text order: `parole correct ARTICLE` alone \
            lists them with the article's actors and corrections. Corrections are kept apart from the analysis: a new analysis of the article \
            keeps them (see `parole corrections`).
            Examples: parole correct 12 --quote 3 --speaker "Dmitri Peskov"
                      parole correct 12 --quote 4 --not-quote
                      parole correct 12 --merge "le porte-parole" --into "Dmitri Peskov"
            """
    )

    @OptionGroup var options: LibraryOptions

    @Argument(help: "The article: its number in the library, or its path or URL.")
    var article: String

    @Option(parsing: .unconditional, help: "The quote to correct (1 = the first in the text).")
    var quote: Int?

    @Option(help: "Who said the quote: one of the article's actors, or a new name.")
    var speaker: String?

    @Flag(name: .customLong("not-quote"), help: "The words are not a quote.")
    var notQuote = false

    @Option(help: ArgumentHelp("Merge this actor of the article…", valueName: "actor"))
    var merge: String?

    @Option(help: ArgumentHelp("…into this one.", valueName: "actor"))
    var into: String?

    @Option(help: ArgumentHelp("Undo the merges of this actor in the article.", valueName: "actor"))
    var split: String?

    @Option(help: ArgumentHelp("Set the gender of this person…", valueName: "actor"))
    var actor: String?

    @Option(help: ArgumentHelp("…to female or male.", valueName: "female|male"))
    var gender: String?

    func validate() throws {
        let requests = [speaker != nil || notQuote, merge != nil, split != nil, actor != nil].filter { $0 }
        if requests.isEmpty && quote == nil { return }
        guard requests.count == 1 else {
            throw ValidationError(
                "give one correction: --quote N with --speaker NAME or --not-quote, --merge A --into B, --split A, "
                    + "or --actor A --gender female|male")
        }
        if speaker != nil && notQuote {
            throw ValidationError("--speaker and --not-quote exclude each other")
        }
        if (speaker != nil || notQuote) && quote == nil {
            throw ValidationError("which quote? add --quote N")
        }
        if let quote, quote < 1 { throw ValidationError("--quote counts from 1") }
        if merge != nil && into == nil { throw ValidationError("--merge needs --into") }
        if actor != nil, gender != "female", gender != "male" {
            throw ValidationError("--actor needs --gender female or --gender male")
        }
    }

    mutating func run() throws {
        let library = try options.open(create: false)
        let id = try CorrectCommand.articleId(article, in: library)
        let request: CorrectionRequest
        if speaker == nil && !notQuote && merge == nil && split == nil && actor == nil {
            return try list(id, in: library)
        }
        if let speaker, let quote {
            request = .speaker(quote: quote, name: speaker)
        } else if notQuote, let quote {
            request = .notQuote(quote: quote)
        } else if let merge, let into {
            request = .merge(actor: merge, into: into)
        } else if let split {
            request = .split(actor: split)
        } else {
            request = .gender(actor: actor ?? "", gender == "female" ? .female : .male)
        }
        // The speaker's actor before the correction: choosing the same one confirms it.
        var before: String?
        if case .speaker(let number, _) = request,
            let analysis = try reportingLibraryErrors({ () throws(LibraryError) in try library.article(id: id)
            })?
            .analysis,
            analysis.quotes.indices.contains(number - 1)
        {
            before = analysis.quotes[number - 1].speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
        }
        let stored = try reportingLibraryErrors { () throws(LibraryError) in
            try library.correct(articleId: id, request)
        }
        switch request {
        case .speaker(let number, _):
            let said = stored.analysis.quotes[number - 1]
            let now = said.speaker?.actor.flatMap { stored.analysis.actor(id: $0)?.name }
            let words = QuoteWords.printed(TerminalSafeText.line(said.text), kind: said.kind)
            if let now, now == before {
                print(
                    "quote \(number) \(words) was already said by \(TerminalSafeText.line(now)); "
                        + "kept so against a new analysis")
                return
            }
            print(
                "quote \(number) \(words) is now said by " + TerminalSafeText.line(said.speaker?.text ?? "?"))
        case .notQuote(let number):
            let left = stored.analysis.quotes.count
            // The quotes after it move up one number: say so before the next --quote N.
            let after =
                number <= left ? " (quotes \(number)–\(left) are those after it, one number less)" : ""
            print("quote \(number) is no longer a quote; the article has \(left)\(after)")
        case .merge(let from, let into): print("\(from) merged into \(into)")
        case .split(let name): print("merges of \(name) undone")
        case .gender(let name, let gender): print("\(name) is \(gender.rawValue)")
        }
    }

    /// Lists the article's quotes, numbered as `--quote` takes them, and its actors.
    private func list(_ id: Int64, in library: Library) throws {
        let stored = try reportingLibraryErrors { () throws(LibraryError) in try library.article(id: id) }
        guard let analysis = stored?.analysis else { return }
        var text =
            "# \(TerminalSafeText.line(analysis.title)) (article \(id))\nQuotes (\(analysis.quotes.count))\n"
        for (index, quote) in analysis.quotes.enumerated() {
            // The actor the analysis took the speaker for, and the words naming it when they differ.
            let phrase = quote.speaker?.text ?? "?"
            let actor = quote.speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
            let who = actor.map { $0 == phrase ? $0 : "\($0) (as “\(phrase)”)" } ?? phrase
            text += "\(index + 1). [\(quote.kind.rawValue)] \(TerminalSafeText.line(who)): "
            text += QuoteWords.printed(TerminalSafeText.line(quote.text), kind: quote.kind) + "\n"
        }
        text += "Actors (\(analysis.actors.count))\n"
        for actor in analysis.actors {
            text +=
                "- \(TerminalSafeText.line(actor.name)) (\(actor.kind.rawValue), \(actor.quotes) quote\(actor.quotes == 1 ? "" : "s"))\n"
        }
        let corrections = try reportingLibraryErrors { () throws(LibraryError) in
            try library.corrections(articleId: id)
        }
        if !corrections.isEmpty {
            text += "Corrections (\(corrections.count))\n"
            for correction in corrections {
                text +=
                    "- " + TerminalSafeText.line(correction.summary)
                    + (correction.placed ? "" : " [unplaced]") + "\n"
            }
        }
        text += "Correct with: parole correct \(id) --quote N --speaker NAME | --not-quote\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The library's number of the article `reference`: a number, or a path or URL it was added from.
    static func articleId(_ reference: String, in library: Library) throws -> Int64 {
        let found = try reportingLibraryErrors { () throws(LibraryError) -> Int64? in
            if let number = Int64(reference), try library.article(id: number) != nil { return number }
            if let id = try library.articleId(source: reference) { return id }
            return try library.articleId(source: AddCommand.sourceName(reference))
        }
        guard let found else {
            StandardError.print(
                "parole: no article \(reference) in the library (see `parole list` or `parole search`)")
            throw ExitCode(1)
        }
        return found
    }
}
