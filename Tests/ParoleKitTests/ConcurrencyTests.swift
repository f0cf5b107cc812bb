import Foundation
import Testing

@testable import ParoleKit

/// Analyzers are values over immutable language data: any number of threads may build and use them.
@Suite struct ConcurrencyTests {
    @Test func analyzersBuiltOnManyThreadsAtOnceAgree() async {
        let text = "« Nous suivons la situation de près », a déclaré Dmitri Peskov, porte-parole du Kremlin."
        let results = await withTaskGroup(of: Analysis.self) { group in
            for n in 0..<8 {
                group.addTask { Analyzer().analyze(text: text, id: "t\(n % 1)") }
            }
            var out: [Analysis] = []
            for await analysis in group { out.append(analysis) }
            return out
        }
        #expect(results.count == 8)
        #expect(Set(results).count == 1)
        #expect(results.first?.quotes.count == 1)
    }

    @Test func languageDataLoadsOnAThreadWithASmallStack() {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var quotes = -1
        let thread = Thread {
            quotes =
                Analyzer().analyze(text: "« Nous sommes prêts à tout », a-t-il dit.", id: "t").quotes.count
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(quotes == 1)
    }
}
