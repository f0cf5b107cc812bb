import Foundation

/// Asks the tmux server the reader runs in for its options.
enum TmuxOptions {
    /// tmux's global `set-clipboard` and `allow-passthrough` values, or nil when `tmux` cannot
    /// be run or does not answer within a second (an old tmux without `allow-passthrough`
    /// reads as "off").
    static func clipboard() -> (setClipboard: String, allowPassthrough: String)? {
        guard let setClipboard = value("set-clipboard") else { return nil }
        return (setClipboard, value("allow-passthrough") ?? "off")
    }

    /// The global value of option `name`, via `tmux show-options -gv NAME`.
    static func value(_ name: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "show-options", "-gv", name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        guard process.terminationStatus == 0 else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        let value = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
