import Foundation
import Glibc

/// What a program wrote on a pseudo-terminal, read as it comes.
struct PtyOutput {
    let fd: Int32
    var bytes: [UInt8] = []
    var screen = VirtualScreen(width: 120, height: 40)

    init(fd: Int32) { self.fd = fd }

    /// Everything read so far, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The end of the output, for failure messages.
    var tail: String { String(text.suffix(300)).replacingOccurrences(of: "\u{1B}", with: "␛") }

    /// Types `keys` on the terminal.
    func send(_ keys: String) {
        let data = Array(keys.utf8)
        _ = data.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
    }

    /// Reads what is available within `milliseconds`.
    mutating func drain(milliseconds: Int32) {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, milliseconds) > 0 {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { return }
            bytes += chunk[0..<n]
            screen.feed(Array(chunk[0..<n]))
        }
    }

    /// Reads until the screen shows `needle`, or 5 s pass.
    mutating func wait(for needle: String) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if screen.shows(needle) { return true }
            drain(milliseconds: 20)
        }
        return screen.shows(needle)
    }

    /// The screen's rows, for failure messages.
    var rows: String { screen.rows.joined(separator: "\n") }
}
