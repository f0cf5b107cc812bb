import Foundation

/// Reads the French language data shipped in the package's `Resources/fr` folder.
enum ResourceFile {
    /// The name of the folder SwiftPM copies the package's resources into, next to the executable.
    private static let bundleFolder = "Parole_ParoleKit.resources"

    /// The `fr` resource folder, found once: next to the running executable when the system says
    /// where that is (`/proc/self/exe`), else through `Bundle.module`. Finding it by path spares
    /// every process that analyses the start-up of Foundation's bundles (CoreFoundation's bundle
    /// and URL code, a few hundred kB of pages touched and ≈ 0.5 ms).
    private static let folder: String? = {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink("/proc/self/exe", &buffer, 4096)
        if n > 0 {
            let executable = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = executable.utf8.lastIndex(of: UInt8(ascii: "/")) {
                let folder = String(executable[..<slash]) + "/" + bundleFolder + "/fr"
                if access(folder, F_OK) == 0 { return folder }
            }
        }
        return Bundle.module.resourceURL.map { $0.appendingPathComponent("fr").path }
    }()

    /// The path of `name` in the `fr` resource folder, if the file is there.
    static func path(_ name: String) -> String? {
        guard let folder else { return nil }
        let path = folder + "/" + name
        return access(path, R_OK) == 0 ? path : nil
    }

    /// The URL of `name` in the `fr` resource folder, if present.
    static func url(_ name: String) -> URL? { path(name).map { URL(fileURLWithPath: $0) } }

    /// The bytes of the resource `name`, read with one `read` per chunk (no `Data` or `URL`
    /// machinery at start-up); nil when it is missing or unreadable.
    static func contents(_ name: String) -> [UInt8]? {
        guard let path = path(name) else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            filled += n
        }
        return filled == bytes.count ? bytes : nil
    }

    /// The non-empty, non-comment lines of the text resource `name`, split on tabs.
    ///
    /// Cut on bytes rather than on `Character`s: these files hold tens of thousands of lines and
    /// are read at start-up, where grapheme breaking would cost more than the rest of the load.
    static func rows(_ name: String) -> [[Substring]] {
        guard let bytes = contents(name) else { return [] }
        return bytes.withUnsafeBytes { rows(in: $0) }
    }

    /// The non-empty, non-comment lines of a text file's bytes, split on tabs.
    package static func rows(in data: Data) -> [[Substring]] {
        data.withUnsafeBytes { rows(in: $0) }
    }

    /// The non-empty, non-comment lines of a text file's bytes, split on tabs.
    ///
    /// The fields are cut out of one string of the whole file at the byte offsets of the tabs and
    /// line ends (ASCII, so each offset starts a scalar), not from a string per line split again.
    private static func rows(in raw: UnsafeRawBufferPointer) -> [[Substring]] {
        let bytes = raw.bindMemory(to: UInt8.self)
        // Per row, the offsets of its fields: first byte, then the end of each field.
        var cuts: [Int] = []
        var rowEnds: [Int] = []
        forEachRow(in: bytes) { start, stop in
            cuts.append(start)
            for i in start..<stop where bytes[i] == 0x09 { cuts.append(i) }
            cuts.append(stop)
            rowEnds.append(cuts.count)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Invalid UTF-8 repaired with a shorter or longer replacement would move the offsets.
        guard text.utf8.count == bytes.count else { return rowsLineByLine(in: bytes) }
        let utf8 = text.utf8
        var rows: [[Substring]] = []
        rows.reserveCapacity(rowEnds.count)
        var first = 0
        for rowEnd in rowEnds {
            var row: [Substring] = []
            row.reserveCapacity(rowEnd - first - 1)
            var fieldStart = cuts[first]
            for k in (first + 1)..<rowEnd {
                let from = utf8.index(utf8.startIndex, offsetBy: fieldStart)
                let to = utf8.index(from, offsetBy: cuts[k] - fieldStart)
                row.append(Substring(utf8[from..<to]))
                fieldStart = cuts[k] + 1
            }
            rows.append(row)
            first = rowEnd
        }
        return rows
    }

    /// Calls `body` with the byte range `start..<stop` of each row: every line that is not empty
    /// and does not open with `#`, without its line end (LF or CR LF).
    private static func forEachRow(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, bytes[start] != UInt8(ascii: "#") {
                body(start, bytes[end - 1] == 0x0D ? end - 1 : end)
            }
            start = end + 1
        }
    }

    /// `rows(in:)` for a file that is not valid UTF-8: each line decoded (and repaired) alone.
    private static func rowsLineByLine(in bytes: UnsafeBufferPointer<UInt8>) -> [[Substring]] {
        var rows: [[Substring]] = []
        forEachRow(in: bytes) { start, stop in
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
            rows.append(
                line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) })
        }
        return rows
    }

    /// The whole text of the resource `name`; a missing resource means a broken build.
    static func text(_ name: String) -> String {
        guard let bytes = contents(name) else {
            fatalError("ParoleKit resource missing: fr/\(name); the package was not built with its resources")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of the binary resource `name`, mapped read-only; an error names the file when it
    /// is missing or unreadable.
    static func mapped(_ name: String) throws(ResourceError) -> ResourceBytes {
        guard let path = path(name) else {
            throw ResourceError(
                file: "fr/\(name)",
                problem: "missing from the package resources (run `parole-train resources`)")
        }
        return try ResourceBytes(mapping: path, name: path)
    }

    /// Stops the program with one line naming the file that cannot be used (standard error,
    /// exit status 70): language data that cannot be read is a broken installation, and analysing
    /// without it would silently give other results.
    static func unusable(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("error: unusable language data: \(error)\n".utf8))
        exit(70)
    }
}
