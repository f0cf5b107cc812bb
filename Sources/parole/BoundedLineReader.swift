import Foundation

/// The lines of a file (standard input for the batch mode), each read only up to a size limit:
/// a line longer than that (a stream without line breaks, `/dev/zero`) is skipped to its end
/// without being kept, so memory stays bounded whatever comes in. Line breaks are `\n` or
/// `\r\n`; bytes that are not UTF-8 are read as U+FFFD, as `readLine()` does.
struct BoundedLineReader {
    /// One line read.
    enum Line: Equatable {
        /// The line's text, without its line break.
        case text(String)
        /// A line longer than the limit, skipped.
        case tooLong
    }

    private let handle: FileHandle
    private let maxBytes: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// How far past `start` has been searched for a line break.
    private var searched = 0
    private var atEnd = false
    /// Whether the line being read is over the limit and being skipped.
    private var skipping = false

    /// Reads `handle`, allowing lines of at most `maxBytes` bytes.
    init(_ handle: FileHandle, maxBytes: Int, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.maxBytes = maxBytes
        self.chunkSize = chunkSize
    }

    /// The next line, or nil at the end of the input.
    mutating func next() -> Line? {
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                // A line found whole in the buffer may still be over the limit (a chunk holds more).
                if newline - start > maxBytes { skipping = true }
                let line = take(upTo: newline)
                start = newline + 1
                return line
            }
            searched = buffer.count - start
            if searched > maxBytes {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                let line = take(upTo: buffer.count)
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }

    /// The line from `start` to `end` (a line break's index, or the end), and a new search.
    private mutating func take(upTo end: Int) -> Line {
        searched = 0
        if skipping {
            skipping = false
            return .tooLong
        }
        var last = end
        if last > start, buffer[last - 1] == 0x0D { last -= 1 }
        return .text(String(decoding: buffer[start..<last], as: UTF8.self))
    }
}
