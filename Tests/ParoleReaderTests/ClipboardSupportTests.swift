import Foundation
import ParoleTerminal
import Testing

/// `y` says what happened to the citation: sent to a clipboard known to take OSC 52, sent to
/// one Parole cannot vouch for, or not sent where nothing takes it; and where the copy on disk is.
@Suite("Clipboard support judged from the environment")
struct ClipboardSupportTests {
    @Test(
        "terminals known to take OSC 52, known not to, and the rest",
        arguments: [
            (["TERM": "linux"], true, "none"),
            (["TERM": "vt220"], true, "none"),
            (["TERM": "xterm-256color", "VTE_VERSION": "7600"], true, "none"),
            (["TERM": "screen", "STY": "1234.pts-0"], true, "none"),
            (["TERM": "xterm-256color"], false, "none"),
            (
                ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-1/default,1,0", "VTE_VERSION": "7600"], true,
                "unknown"
            ),
            (["TERM": "xterm-kitty"], true, "kitty"),
            (["TERM": "xterm-256color", "WEZTERM_PANE": "0"], true, "WezTerm"),
            (["TERM": "xterm-256color", "WT_SESSION": "x"], true, "Windows Terminal"),
            (["TERM": "xterm-256color"], true, "unknown"),
        ] as [([String: String], Bool, String)])
    func judgement(environment: [String: String], outputIsTerminal: Bool, expected: String) {
        let support = ClipboardSupport.judge(environment: environment, outputIsTerminal: outputIsTerminal)
        switch support {
        case .none: #expect(expected == "none" && !support.sendsSequence)
        case .unknown: #expect(expected == "unknown" && support.sendsSequence)
        case .known(let name): #expect(expected == name && support.sendsSequence)
        }
    }

    @Test("inside tmux the answer is tmux's: set-clipboard on takes it, the default drops it")
    func tmux() {
        let environment = ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-1/default,1,0"]
        func judge(_ setClipboard: String, _ passthrough: String) -> ClipboardSupport {
            ClipboardSupport.judge(
                environment: environment, outputIsTerminal: true, tmuxOptions: (setClipboard, passthrough))
        }
        #expect(judge("on", "off") == .known("tmux"))
        #expect(judge("external", "on") == .unknown)
        #expect(judge("external", "off") == .none("tmux drops OSC 52 (set -g set-clipboard on)"))
        #expect(judge("off", "off").sendsSequence == false)
    }

    @Test("the message never says copied when it cannot know, and names the file")
    func messages() {
        let unknown = ClipboardSupport.unknown.message(savedTo: "~/.cache/parole/citation.txt")
        #expect(!unknown.lowercased().hasPrefix("copied"))
        #expect(unknown.contains("OSC 52") && unknown.contains("~/.cache/parole/citation.txt"))
        let none = ClipboardSupport.none("this console (TERM=linux) has no clipboard").message(savedTo: nil)
        #expect(none.hasPrefix("Not copied: this console (TERM=linux) has no clipboard"))
        #expect(none.contains("shown below"))
        #expect(ClipboardSupport.known("tmux").message(savedTo: nil).contains("prefix ]"))
    }

    @Test("the citation file goes under XDG_CACHE_HOME, else ~/.cache, and is replaced at each copy")
    func citationFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parole-cite-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CACHE_HOME": folder.path, "HOME": "/nonexistent"]
        #expect(
            CitationFile.write("« Un »", environment: environment) == folder.path + "/parole/citation.txt")
        #expect(CitationFile.write("« Deux »", environment: environment) != nil)
        let text = try String(
            contentsOf: folder.appendingPathComponent("parole/citation.txt"), encoding: .utf8)
        #expect(text == "« Deux »\n")
        #expect(
            CitationFile.path(environment: ["HOME": "/home/ana"]) == "/home/ana/.cache/parole/citation.txt")
        #expect(CitationFile.path(environment: [:]) == nil)
    }
}
