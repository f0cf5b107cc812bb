import ArgumentParser
import Dispatch
import Foundation
import ParoleKit
import ParoleLibrary
import ParoleSources

/// `parole add`: analyses articles and stores them in the library.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Analyse articles and store them in the library.",
        discussion: """
            Reads text files, HTML pages, RSS/Atom feeds, directories of them, and http(s) URLs. \
            Each article is stored in its own transaction: an interrupted add keeps everything \
            stored before. An article already stored with the same text is skipped; one whose \
            text changed is analysed again.
            """
    )

    @OptionGroup var options: LibraryOptions

    @OptionGroup var limits: InputOptions

    @Argument(help: "Files, directories or http(s) URLs of articles, pages or feeds.")
    var paths: [String]

    mutating func run() throws {
        let library = try options.open(create: true)
        // Taken before anything is read or analysed: a second writer is told at once.
        let lock = try reportingLibraryErrors { () throws(LibraryError) in
            try LibraryWriterLock.acquire(path: library.path)
        }
        defer { withExtendedLifetime(lock) {} }
        let analyzer = Analyzer()
        var reader = ArticleInputReader()
        reader.isStoring = true
        var counts: [AddOutcome: Int] = [:]
        var notStored = 0
        var renamed = 0
        var stopped: String?
        let started = Date()
        paths: for path in paths {
            let inputs = reader.read(paths: [path])
            do {
                // A feed's items stored by an earlier Parole under other names keep their articles.
                renamed += try library.adoptFormerNames(of: Self.feedItemIdentities(inputs))
            } catch {
                stopped = error.description
                notStored += inputs.count
                break paths
            }
            var pending: [(ArticleInput, LibraryEntry)] = []
            // Which inputs are stored already, told in one read (a feed of 10,000 items).
            let stored: [Bool]
            do {
                stored = try library.storedItems(
                    inputs.map { (source: AddCommand.sourceName($0.path), text: $0.text) },
                    analysisVersion: AnalysisVersion.current)
            } catch {
                stopped = error.description
                notStored += inputs.count
                break paths
            }
            for (input, isStored) in zip(inputs, stored) {
                guard !isStored else {
                    counts[.unchanged, default: 0] += 1
                    continue
                }
                var entry = LibraryEntry(
                    source: AddCommand.sourceName(input.path),
                    date: input.date
                        ?? Dateline.date(openingLinesOf: input.text, languageCode: input.language ?? ""),
                    link: input.link, author: input.author, analysisVersion: AnalysisVersion.current,
                    site: input.site, language: input.language, feedItem: input.itemKey)
                // A dateline names the day itself.
                entry.dateOffset = input.date != nil ? input.dateOffset : entry.date.map { _ in 0 }
                pending.append((input, entry))
            }
            // Chunks of articles are analysed on all cores while the previous chunk is written.
            let chunks = stride(from: 0, to: pending.count, by: 64).map {
                Array(pending[$0..<min($0 + 64, pending.count)])
            }
            let analyse: @Sendable ([(ArticleInput, LibraryEntry)]) -> [Analysis] = { chunk in
                ParallelMap.map(chunk) { analyzer.analyze(text: $0.0.text, id: $0.0.id) }
            }
            var next = chunks.first.map { chunk in Background.run { analyse(chunk) } }
            for (index, chunk) in chunks.enumerated() {
                let analyses = next!.value()
                next =
                    index + 1 < chunks.count
                    ? Background.run { [chunk = chunks[index + 1]] in analyse(chunk) } : nil
                // One transaction per chunk, one savepoint per article (see Library.add(batch:)).
                let results: [Result<AddOutcome, LibraryError>]
                do {
                    results = try library.add(batch: zip(chunk, analyses).map { ($0.0.1, $0.1) })
                } catch {
                    stopped = error.description
                    notStored += chunks[index...].reduce(0) { $0 + $1.count }
                    break paths
                }
                CorrectionReport.warnUnplaced(in: library, sources: chunk.map(\.1.source))
                for ((input, _), result) in zip(chunk, results) {
                    switch result {
                    case .success(let outcome):
                        counts[outcome, default: 0] += 1
                    case .failure(let error):
                        notStored += 1
                        switch error {
                        case .corrupt, .readOnly, .full:
                            stopped = error.description
                        default:
                            StandardError.print("parole: \(input.path): not stored: \(error.description)")
                        }
                    }
                }
                if stopped != nil {
                    notStored += chunks[(index + 1)...].reduce(0) { $0 + $1.count }
                    break paths
                }
            }
        }
        reader.reportOtherLanguages()
        if let stopped { StandardError.print("parole: stopped: \(stopped)") }
        let seconds = Date().timeIntervalSince(started)
        let stored = (counts[.added] ?? 0) + (counts[.updated] ?? 0)
        let rate = seconds > 0 ? Double(stored) / seconds : 0
        var summary =
            "added \(counts[.added] ?? 0), updated \(counts[.updated] ?? 0), unchanged \(counts[.unchanged] ?? 0)"
        if renamed > 0 { summary += ", renamed \(renamed)" }
        if notStored > 0 { summary += ", not stored \(notStored)" }
        if stopped != nil { summary += " (stopped early: later inputs not read)" }
        StandardOutput.print(
            summary + " in \(String(format: "%.2f", seconds)) s (\(Int(rate)) articles/s) → \(library.path)")
        if notStored > 0 || stopped != nil || reader.hadErrors { throw ExitCode(1) }
    }

    /// The identities of the feed items among `inputs`, named as the library names them.
    static func feedItemIdentities(_ inputs: [ArticleInput]) -> [FeedItemIdentity] {
        inputs.compactMap { input in
            input.feed.map {
                FeedItemIdentity(
                    source: sourceName(input.path), text: input.text, feed: sourceName($0),
                    writtenLink: input.writtenLink, link: input.link, site: input.site, itemKey: input.itemKey
                )
            }
        }
    }

    /// The library's name for an input: URLs and feed items as they are, files by absolute path.
    static func sourceName(_ path: String) -> String {
        if path.contains("://") || path == "-" { return path }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath
    }
}

/// Maps an array on all cores, keeping the order.
enum ParallelMap {
    /// `transform` applied to each element of `items`, computed concurrently.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        let results = ResultSlots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}

/// Slots written from several threads, read once all are done.
private final class ResultSlots<U>: @unchecked Sendable {
    private var slots: [U?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: U) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [U] { slots.map { $0! } }
}

/// Work started on another thread, whose result is waited for later.
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    /// Starts `work` on a global queue.
    static func run(_ work: @escaping @Sendable () -> T) -> Background<T> {
        let task = Background<T>()
        DispatchQueue.global().async {
            task.result = work()
            task.done.signal()
        }
        return task
    }

    /// The result, once the work is done.
    func value() -> T {
        done.wait()
        done.signal()
        return result!
    }
}
