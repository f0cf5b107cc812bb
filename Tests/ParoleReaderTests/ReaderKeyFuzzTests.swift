import ParoleKit
import Testing

@testable import ParoleReader

/// Any sequence of keys, clicks, pastes and resizes, on one article, several, or an empty one:
/// the reader never traps, always renders a grid of the terminal's size, and its status line
/// is never empty when the terminal is large enough.
@Suite("Random keys on the reader")
struct ReaderKeyFuzzTests {
    /// A small deterministic generator, so that a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [Key] =
        "jkJKnNgGbdufFvyoexmMsSqhl/?0123456789 aZé".map { Key.character($0) }
        + [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .enter, .escape, .tab,
            .backTab,
            .backspace, .wheelUp, .wheelDown, .control("d"), .control("u"), .control("l"), .control("w"),
            .paste("Peskov\n« x »"), .paste(String(repeating: "é", count: 300)),
        ]

    static func key(_ rng: inout SplitMix) -> Key {
        switch Int.random(in: 0..<40, using: &rng) {
        case 0:
            return .resize(
                width: Int.random(in: 0...220, using: &rng), height: Int.random(in: 0...70, using: &rng))
        case 1:
            return .click(x: Int.random(in: -2...220, using: &rng), y: Int.random(in: -2...70, using: &rng))
        default: return alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomKeysNeverBreakTheReader(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let empty = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "", id: "vide"), source: "vide.txt")
        let corpora: [[ArticleModel]] = [
            [LachinFixture.model()], [LachinFixture.model(), empty], [empty],
        ]
        let articles = corpora[Int(seed) % corpora.count]
        var state = ReaderState(articles: articles, size: TerminalSize(width: 100, height: 30))
        var size = TerminalSize(width: 100, height: 30)
        for _ in 0..<600 {
            let key = Self.key(&rng)
            if case .resize(let width, let height) = key { size = TerminalSize(width: width, height: height) }
            _ = state.handle(key)
            if state.isFinished {
                state = ReaderState(articles: articles, size: size)
                state.handle(.resize(width: size.width, height: size.height))
            }
            let grid = state.render()
            #expect(grid.width == size.width && grid.height == size.height)
            if !state.layout.isTooSmall, size.height > 0 {
                #expect(!grid.row(size.height - 1).trimmingCharacters(in: .whitespaces).isEmpty)
            }
        }
    }
}
