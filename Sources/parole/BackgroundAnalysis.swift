import Dispatch
import Foundation
import ParoleKit
import ParoleTerminal

/// Analyses articles on a background thread, in order, so that the reader can show their
/// text at once and add the marks as each analysis arrives.
final class BackgroundAnalysis: @unchecked Sendable {
    /// One article to analyse: its place in the reader, its text and identifier.
    struct Job: Sendable {
        var index: Int
        var text: String
        var id: String
    }

    private let lock = NSLock()
    private var done: [(index: Int, analysis: Analysis)] = []
    private var waiting: [Job]
    private var preferred: Int?
    private var remaining: Int

    /// Starts analysing `jobs`, in order unless `prefer(_:)` names another (the language data
    /// is loaded on the background thread too).
    init(jobs: [Job]) {
        waiting = jobs
        remaining = jobs.count
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // Its own signal stack, as the main thread has: a stack overflow in an analysis
            // still reaches the crash handler that gives the terminal back.
            AlternateSignalStack.run {
                let analyzer = Analyzer()
                while let job = next() {
                    let analysis = analyzer.analyze(text: job.text, id: job.id)
                    lock.withLock {
                        done.append((job.index, analysis))
                        remaining -= 1
                    }
                }
            }
        }
    }

    /// Asks for the article at `index` (the one on screen) to be analysed next.
    func prefer(_ index: Int?) {
        lock.withLock { preferred = index }
    }

    private func next() -> Job? {
        lock.withLock {
            guard !waiting.isEmpty else { return nil }
            let position = waiting.firstIndex { $0.index == preferred } ?? 0
            return waiting.remove(at: position)
        }
    }

    /// The analyses finished since the last call, and whether all are in.
    func take() -> (analyses: [(index: Int, analysis: Analysis)], finished: Bool) {
        lock.withLock {
            let out = done
            done.removeAll()
            return (out, remaining == 0)
        }
    }
}
