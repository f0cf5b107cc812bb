import Foundation

/// The base of the suites whose tests run `parole` as a user would, each test in a scratch
/// directory of its own that goes away with the test: the directory, running `parole` in it
/// and writing files into it, written once for every such suite.
class ScratchSuite {
    /// The test's directory; `parole` runs in it.
    let scratch: ScratchDirectory

    init() throws { scratch = try ScratchDirectory() }

    deinit { scratch.remove() }

    /// Runs `parole` with `arguments` in the scratch directory, `input` on its standard input.
    func parole(_ arguments: [String], input: Data = Data(), timeout: TimeInterval = 120) throws
        -> ParoleProcess.Result
    {
        try ParoleProcess.run(arguments, input: input, in: scratch.url, timeout: timeout)
    }

    /// Writes `text` as UTF-8 to `name` in the scratch directory.
    func write(_ name: String, _ text: String) throws {
        try scratch.write(name, text: text)
    }

    /// Writes `data` to `name` in the scratch directory.
    func write(_ name: String, _ data: Data) throws {
        try scratch.write(name, data)
    }
}
