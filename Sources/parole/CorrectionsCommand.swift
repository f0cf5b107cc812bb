import ArgumentParser
import Foundation
import ParoleKit
import ParoleLibrary

/// `parole corrections`: lists, exports, imports and removes the library's corrections.
struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "List, export, import, remove or undo the corrections made to the library's articles.",
        discussion: """
            Corrections made with `parole correct` or in the reader are kept apart from the \
            analyses: re-analysing an article keeps them, finding each quote again by its words. \
            One that can no longer be placed is kept and listed as unplaced.
            """,
        subcommands: [List.self, Export.self, Import.self, Remove.self, Undo.self],
        defaultSubcommand: List.self
    )

    /// `parole corrections list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the corrections, oldest first.")

        @OptionGroup var options: LibraryOptions

        @Option(help: "Only the corrections of this article (number, path or URL).")
        var article: String?

        @Flag(help: "Only the corrections that could not be placed in their article.")
        var unplaced = false

        mutating func run() throws {
            let library = try options.open(create: false)
            let id = try article.map { try CorrectCommand.articleId($0, in: library) }
            var list = try reportingLibraryErrors { () throws(LibraryError) in
                try library.corrections(articleId: id)
            }
            if unplaced { list = list.filter { !$0.placed } }
            if list.isEmpty { print("no corrections") }
            for correction in list { print(CorrectionsCommand.line(for: correction, in: library)) }
        }
    }

    /// `correction` on one line as `list` prints it: number, day, what it decides, its article.
    static func line(for correction: Correction, in library: Library) -> String {
        let mark = correction.placed ? "" : "  [unplaced]"
        // The article's number, as `correct` and `quotes --article` take it, when it is stored.
        let number = (try? library.articleId(source: correction.source)).flatMap { $0 }
        let article = number.map { "article \($0), " } ?? ""
        return "\(correction.id ?? 0)\t\(DayFormat.string(correction.createdAt))  "
            + TerminalSafeText.line("\(correction.summary) — \(article)\(correction.source)") + mark
    }

    /// `parole corrections undo`: the reader's `U` on the command line.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Remove the last correction made (to one article with --article), as U in the reader.")

        @OptionGroup var options: LibraryOptions

        @Option(help: "The last correction of this article (number, path or URL).")
        var article: String?

        mutating func run() throws {
            let library = try options.open(create: false)
            let id = try article.map { try CorrectCommand.articleId($0, in: library) }
            let path = options.path
            let last = try reportingLibraryErrors { () throws(LibraryError) in
                guard let last = try library.corrections(articleId: id).last else {
                    let which = id == nil ? "" : " of this article"
                    throw LibraryError.refused("no correction\(which) to undo")
                }
                try library.removeCorrection(id: last.id ?? 0)
                return last
            }
            print("undone: " + CorrectionsCommand.line(for: last, in: library))
        }
    }

    /// `parole corrections export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every correction as JSON lines (one correction per line) on standard output.")

        @OptionGroup var options: LibraryOptions

        mutating func run() throws {
            let library = try options.open(create: false)
            let list = try reportingLibraryErrors { () throws(LibraryError) in try library.corrections() }
            let encoder = CorrectionsCommand.encoder()
            var data = Data()
            for correction in list {
                data.append(contentsOf: TerminalSafeText.escapingJSON(Array(try encoder.encode(correction))))
                data.append(0x0A)
            }
            FileHandle.standardOutput.write(data)
        }
    }

    /// `parole corrections import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read corrections as JSON lines (from `export`) and apply them to the library.")

        @OptionGroup var options: LibraryOptions

        @Argument(help: "The JSON lines file, or - for standard input.")
        var file: String

        /// The largest corrections file read (some 300,000 corrections).
        static let maxBytes = 100_000_000

        mutating func run() throws {
            let data: Data
            let kind = file == "-" ? nil : BoundedInput.kind(of: file)
            if file != "-", kind == nil || kind == .directory {
                StandardError.print(
                    "parole: \(file): \(kind == nil ? "no such file or directory" : "is a directory")")
                throw ExitCode(1)
            }
            let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file)
            guard let handle else {
                StandardError.print("parole: \(file): permission denied")
                throw ExitCode(1)
            }
            switch BoundedInput.read(handle, maxBytes: Self.maxBytes) {
            case .success(let bytes): data = bytes
            case .failure(.tooLarge):
                StandardError.print("parole: \(file): larger than 100 MB; not read")
                throw ExitCode(1)
            case .failure(let failure):
                StandardError.print("parole: \(file): \(failure.message)")
                throw ExitCode(1)
            }
            let decoder = CorrectionsCommand.decoder()
            var list: [Correction] = []
            // A bad line stops the import before anything is stored, naming the line and why.
            for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                let problem: String?
                do {
                    let correction = try decoder.decode(Correction.self, from: Data(line))
                    problem = correction.problem
                    list.append(correction)
                } catch {
                    problem = Self.reason(error)
                }
                if let problem {
                    StandardError.print(
                        "parole: \(file):\(number + 1): not a correction: \(problem) (see `parole corrections export`); "
                            + "nothing imported")
                    throw ExitCode(1)
                }
            }
            let library = try options.open(create: true)
            let outcome = try reportingLibraryErrors { () throws(LibraryError) in
                try library.importCorrections(list)
            }
            print(
                "imported \(outcome.added), already there \(outcome.duplicates), waiting for their article \(outcome.waiting), "
                    + "unplaced \(outcome.unplaced.count)")
            CorrectionReport.warn(outcome.unplaced) { correction in
                "cannot place: \(TerminalSafeText.line(correction.summary)) — "
                    + TerminalSafeText.line(correction.source)
            }
        }

        /// Why a line could not be decoded, in a few words: the key missing or malformed.
        static func reason(_ error: any Error) -> String {
            func key(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
            switch error as? DecodingError {
            case .keyNotFound(let missing, _): return "no \"\(missing.stringValue)\""
            case .valueNotFound(_, let context) where !context.codingPath.isEmpty,
                .typeMismatch(_, let context) where !context.codingPath.isEmpty:
                return "\"\(key(context.codingPath))\" is missing or of the wrong type"
            case .dataCorrupted(let context) where !context.codingPath.isEmpty:
                return "\"\(key(context.codingPath))\" has a value it cannot take"
            default: return "not a JSON object"
            }
        }
    }

    /// `parole corrections remove`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a correction (its number from `list`).")

        @OptionGroup var options: LibraryOptions

        @Argument(help: "The correction's number.")
        var id: Int64

        mutating func run() throws {
            let library = try options.open(create: false)
            try reportingLibraryErrors { () throws(LibraryError) in try library.removeCorrection(id: id) }
            print("correction \(id) removed")
        }
    }

    /// The JSON of exported corrections: sorted keys, dates in ISO 8601.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Reads what `encoder()` writes; a date that is not ISO 8601 is an error on its key.
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            guard let date = try? Date(container.decode(String.self), strategy: .iso8601) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not an ISO 8601 date")
            }
            return date
        }
        return decoder
    }
}
