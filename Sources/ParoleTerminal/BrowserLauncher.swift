import Glibc
import ParoleKit

/// Opens a web address for the reader's `o`: with `$BROWSER` (run in the terminal, curses
/// suspended until it returns; `%s` in it stands for the address, else the address is added),
/// else with `xdg-open` in the background. The address is passed as an argument, never through
/// a shell's parsing, and only http(s) addresses without control characters are opened.
public enum BrowserLauncher {
    /// Opens `address`; returns the line for the status line.
    public static func open(_ address: String, on terminal: Terminal?) -> String {
        guard isOpenable(address) else {
            return "Not opened: \(address.prefix(60)) is not an http(s) address"
        }
        if let browser = ProcessEnvironment.value("BROWSER"), !browser.isEmpty {
            // "$BROWSER" as a command line; the address is the shell's $1.
            let command = browser.contains("%s") ? browser.replacingPercentS() : browser + " \"$1\""
            let run = { spawn(["/bin/sh", "-c", command, "sh", address], quiet: false) }
            let status = terminal.map { $0.suspended(run) } ?? run()
            return status == 0 ? "Opened with $BROWSER" : "$BROWSER failed (status \(status)) on \(address)"
        }
        guard let opener = findInPath("xdg-open") else {
            return "No browser: set $BROWSER or install xdg-open · URL: \(address)"
        }
        let status = spawn(
            ["/bin/sh", "-c", "\"$0\" \"$1\" >/dev/null 2>&1 &", opener, address], quiet: true)
        return status == 0 ? "Opening \(address)" : "xdg-open failed on \(address)"
    }

    /// Whether `address` is opened: a web address (the one the citation prints, its scheme in
    /// any case) without control characters.
    static func isOpenable(_ address: String) -> Bool {
        WebAddress.isWebAddress(address)
            && !address.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    }

    /// Runs `arguments` and waits for it; returns its exit status (127 when it cannot start).
    static func spawn(_ arguments: [String], quiet: Bool) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The path of `program` in `$PATH`, if it is there.
    static func findInPath(_ program: String) -> String? {
        let path = ProcessEnvironment.value("PATH") ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

extension String {
    /// The string with each `%s` replaced by a quoted `$1`.
    fileprivate func replacingPercentS() -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: "%s") {
            out += rest[..<range.lowerBound] + "\"$1\""
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
