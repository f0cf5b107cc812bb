import Foundation

/// Runs blocking work (network fetches) on a fixed number of threads of its own, so that at
/// most that many run at once whatever the number of cores; dispatch's shared pool may run only
/// as many as there are cores when the work blocks.
enum BoundedWorkers {
    /// `transform` applied to every element of `items`, at most `width` at a time, results in
    /// the order of `items`.
    static func map<T: Sendable, U: Sendable>(
        _ items: [T], width: Int, _ transform: @escaping @Sendable (T) -> U
    ) -> [U] {
        guard !items.isEmpty else { return [] }
        let slots = Slots<U>(count: items.count)
        let finished = DispatchGroup()
        for _ in 0..<min(max(1, width), items.count) {
            finished.enter()
            let thread = Thread {
                while let index = slots.claim() { slots.set(index, transform(items[index])) }
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        return slots.values()
    }

    /// The results, and the next index to work on.
    private final class Slots<U>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [U?]
        private var next = 0

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func set(_ index: Int, _ value: U) {
            lock.lock()
            results[index] = value
            lock.unlock()
        }

        func values() -> [U] {
            lock.lock()
            defer { lock.unlock() }
            return results.map { $0! }
        }
    }
}
