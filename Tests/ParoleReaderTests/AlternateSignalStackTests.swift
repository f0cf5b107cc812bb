import Dispatch
import ParoleTerminal
import Testing

@Suite("A signal stack of its own for a background job")
struct AlternateSignalStackTests {
    @Test("a job on a Dispatch pool thread runs with a signal stack and gives the thread back as it came")
    func poolThreadJobHasItsOwnSignalStack() {
        let group = DispatchGroup()
        nonisolated(unsafe) var seen: (before: Bool, during: Bool, after: Bool)?
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let before = AlternateSignalStack.isInstalled
            let during = AlternateSignalStack.run { AlternateSignalStack.isInstalled }
            seen = (before, during, AlternateSignalStack.isInstalled)
        }
        group.wait()
        #expect(seen?.during == true)
        #expect(seen?.after == seen?.before)
    }
}
