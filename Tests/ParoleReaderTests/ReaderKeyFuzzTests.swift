import ParoleKit
import Testing

@testable import ParoleReader

/// Any sequence of keys, clicks, pastes and resizes, on one article, several, or an empty one:
/// the reader never traps, always renders a grid of the terminal's size, and its status line
/// is never empty when the terminal is large enough.
@Suite("Random keys on the reader")
struct ReaderKeyFuzzTests {
    /// A deterministic stream of numbers below a bound (a linear congruential step), so that a
    /// failure can be replayed from its seed.
    struct Draws {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
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

    static func key(_ draws: inout Draws) -> Key {
        switch draws.below(40) {
        case 0:
            return .resize(
                width: draws.below(221), height: draws.below(71))
        case 1:
            return .click(x: draws.below(223) - 2, y: draws.below(73) - 2)
        default: return alphabet[draws.below(alphabet.count)]
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomKeysNeverBreakTheReader(seed: UInt64) {
        var draws = Draws(state: seed)
        let empty = ArticleModel(
            analysis: LachinFixture.makeAnalysis(text: "", id: "vide"), source: "vide.txt")
        let corpora: [[ArticleModel]] = [
            [LachinFixture.model()], [LachinFixture.model(), empty], [empty],
        ]
        let articles = corpora[Int(seed) % corpora.count]
        var state = ReaderState(articles: articles, size: TerminalSize(width: 100, height: 30))
        var size = TerminalSize(width: 100, height: 30)
        for _ in 0..<400 {
            let key = Self.key(&draws)
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
