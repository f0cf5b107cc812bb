import Foundation

/// Asks the tmux server the reader runs in for its options.
enum TmuxOptions {
    /// How long one `tmux show-options` may take before it counts as no answer: a live tmux
    /// server answers in a few milliseconds, and the reader waits on it before its first copy.
    static let answerTimeout = DispatchTimeInterval.milliseconds(200)

    /// tmux's global `set-clipboard` and `allow-passthrough` values, or nil when `tmux` cannot
    /// be run or does not answer within ``answerTimeout`` (an old tmux without
    /// `allow-passthrough` reads as "off"). Asked once per run: later calls give the first answer.
    static func clipboard() -> (setClipboard: String, allowPassthrough: String)? {
        firstClipboardAnswer
    }

    /// The answer of ``clipboard()``, asked when first read (a static `let` is initialised once,
    /// thread-safely).
    private static let firstClipboardAnswer: (setClipboard: String, allowPassthrough: String)? = {
        guard let setClipboard = value("set-clipboard") else { return nil }
        return (setClipboard, value("allow-passthrough") ?? "off")
    }()

    /// The global value of option `name`, via `tmux show-options -gv NAME`; nil when tmux fails
    /// or does not end within ``answerTimeout`` (the child is then ended).
    static func value(_ name: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "show-options", "-gv", name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do { try process.run() } catch { return nil }
        guard ended.wait(timeout: .now() + answerTimeout) == .success else {
            process.terminate()
            return nil
        }
        guard process.terminationStatus == 0 else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        let value = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
