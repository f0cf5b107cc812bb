import Foundation

/// Runs the built `parole` executable as a child process, the way a user would.
struct ParoleProcess {
    /// What one run of `parole` did.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Everything written to standard output.
        var stdout: Data
        /// Everything written to standard error, as text.
        var stderr: String

        /// Standard output as text.
        var output: String { String(decoding: stdout, as: UTF8.self) }
        /// The lines written to standard error.
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Where the executable is: `swift test` builds it next to the test bundle.
    static let executable: URL? = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("parole"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("parole"))
        if let exe = Bundle.main.executableURL {
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("parole"))
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("parole"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `parole` with `arguments`, feeding it `input` on standard input (nothing by default).
    /// Output goes through files so that large outputs cannot block the child. A run that takes
    /// longer than `timeout` seconds is ended (SIGTERM), so that a hang fails its test instead of
    /// stopping the suite.
    static func run(
        _ arguments: [String], input: Data = Data(), in directory: URL, timeout: TimeInterval = 120
    )
        throws -> Result
    {
        guard let executable else { throw ProcessError.executableNotFound }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stamp = UUID().uuidString
        let inURL = directory.appendingPathComponent(".stdin-\(stamp)")
        let outURL = directory.appendingPathComponent(".stdout-\(stamp)")
        let errURL = directory.appendingPathComponent(".stderr-\(stamp)")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) }
        }
        let stdin = try FileHandle(forReadingFrom: inURL)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        for handle in [stdin, stdout, stderr] { try? handle.close() }
        return Result(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Why `parole` could not be run.
    enum ProcessError: Error { case executableNotFound }
}

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct ScratchDirectory {
    /// The directory.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parole-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ name: String, _ bytes: some Sequence<UInt8>) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes `text` as UTF-8 to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ name: String, text: String) throws -> URL { try write(name, Array(text.utf8)) }

    /// Removes the directory and everything in it.
    func remove() {
        // Give back permissions a test may have taken away, so everything can be removed.
        if let names = FileManager.default.subpaths(atPath: url.path) {
            for name in names {
                try? FileManager.default.setAttributes(
                    [.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(name).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
