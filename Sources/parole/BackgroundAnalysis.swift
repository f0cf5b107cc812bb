import Dispatch
import Foundation
import ParoleKit

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
    private var remaining: Int

    /// Starts analysing `jobs` (the language data is loaded on the background thread too).
    init(jobs: [Job]) {
        remaining = jobs.count
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let analyzer = Analyzer()
            for job in jobs {
                let analysis = analyzer.analyze(text: job.text, id: job.id)
                lock.withLock {
                    done.append((job.index, analysis))
                    remaining -= 1
                }
            }
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
