import ParoleKit

/// One article prepared for the reader: its analysis plus everything the screen needs per
/// scalar (what to draw, its width, the entity, quote and actor it belongs to), computed once,
/// and its wrapped layouts, computed once per width.
///
/// The reader never parses text itself: every mark comes from the `Analysis`.
public final class ArticleModel {
    /// Width code of a scalar that is not drawn at all.
    static let hidden: UInt8 = 255

    /// The analysis shown.
    public let analysis: Analysis
    /// Where the article came from: a path, or "-" for standard input.
    public let source: String
    /// The scalar drawn for each scalar of the text.
    let display: [Unicode.Scalar]
    /// Columns taken by each displayed scalar (0 for combining marks), or `hidden`.
    let widths: [UInt8]
    /// Entity type of each scalar: 0 none, else 1 + index in `EntityType.allCases`.
    let entityType: [UInt8]
    /// Index of the innermost quote each scalar belongs to, or -1.
    let quoteAt: [Int32]
    /// Index of the actor each scalar mentions, or -1.
    let actorAt: [Int32]
    /// Whether each scalar belongs to the phrase naming a quote's speaker.
    let isSpeaker: [Bool]
    /// Index of each quote's speaker in `actors`, or nil.
    public let quoteActor: [Int?]
    /// The colour each quote is highlighted with (its speaker's).
    public let quoteColors: [TerminalColor]
    /// The colour of each actor, for its quotes.
    public let actorColors: [TerminalColor]

    private var layouts: [Int: TextLayout] = [:]
    private var foldedText: [Unicode.Scalar]?

    /// The colours given in turn to the actors who are quoted.
    static let speakerPalette: [TerminalColor] = [.yellow, .cyan, .magenta, .green, .blue, .red]

    /// Prepares `analysis`, read from `source`, for display.
    public init(analysis: Analysis, source: String) {
        self.analysis = analysis
        self.source = source
        var display: [Unicode.Scalar] = []
        var widths: [UInt8] = []
        display.reserveCapacity(analysis.text.unicodeScalars.count)
        widths.reserveCapacity(display.capacity)
        for scalar in analysis.text.unicodeScalars {
            if let shown = ColumnWidth.display(scalar) {
                display.append(shown)
                widths.append(UInt8(ColumnWidth.width(shown)))
            } else {
                display.append("\u{0}")
                widths.append(Self.hidden)
            }
        }
        let count = display.count
        func clamped(_ span: Span) -> Range<Int> {
            let start = min(max(0, span.start), count)
            return start..<min(max(start, span.end), count)
        }
        var entityType = [UInt8](repeating: 0, count: count)
        for entity in analysis.entities {
            let code = UInt8(EntityType.allCases.firstIndex(of: entity.type)! + 1)
            for i in clamped(entity.span) { entityType[i] = code }
        }
        var quoteAt = [Int32](repeating: -1, count: count)
        var isSpeaker = [Bool](repeating: false, count: count)
        let byLength = analysis.quotes.indices.sorted { analysis.quotes[$0].span.length > analysis.quotes[$1].span.length }
        for q in byLength {
            for i in clamped(analysis.quotes[q].span) { quoteAt[i] = Int32(q) }
            if let speaker = analysis.quotes[q].speaker {
                for i in clamped(speaker.span) { isSpeaker[i] = true }
            }
        }
        var actorAt = [Int32](repeating: -1, count: count)
        var actorIndex: [String: Int] = [:]
        for (a, actor) in analysis.actors.enumerated() {
            actorIndex[actor.id] = a
            for span in actor.occurrences {
                for i in clamped(span) { actorAt[i] = Int32(a) }
            }
        }
        var actorColors: [TerminalColor] = []
        var next = 0
        for actor in analysis.actors {
            let quoted = actor.quotes > 0 || analysis.quotes.contains { $0.speaker?.actor == actor.id }
            if quoted {
                actorColors.append(Self.speakerPalette[next % Self.speakerPalette.count])
                next += 1
            } else {
                actorColors.append(.white)
            }
        }
        let quoteActor = analysis.quotes.map { quote in quote.speaker?.actor.flatMap { actorIndex[$0] } }
        quoteColors = quoteActor.map { index in index.map { actorColors[$0] } ?? .white }
        self.display = display
        self.widths = widths
        self.entityType = entityType
        self.quoteAt = quoteAt
        self.actorAt = actorAt
        self.isSpeaker = isSpeaker
        self.quoteActor = quoteActor
        self.actorColors = actorColors
    }

    /// The article's name in lists and the status line: its file name, or its id.
    public var name: String {
        if source == "-" { return "stdin" }
        return source.split(separator: "/").last.map(String.init) ?? analysis.id
    }

    /// The article's title, control characters and extra blanks removed.
    public var title: String {
        let trimmed = analysis.title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return trimmed.isEmpty ? name : trimmed
    }

    /// The number of scalars in the text.
    public var scalarCount: Int { display.count }

    /// The text wrapped to `width` columns (computed once per width).
    public func layout(width: Int) -> TextLayout {
        if let cached = layouts[width] { return cached }
        let layout = TextLayout(width: width, paragraphs: analysis.paragraphs, display: display, widths: widths)
        if layouts.count > 8 { layouts.removeAll() }
        layouts[width] = layout
        return layout
    }

    /// Offsets where `query` occurs, ignoring case and accents.
    public func search(_ query: String) -> [Span] {
        let needle = TextFolding.fold(query)
        guard !needle.isEmpty else { return [] }
        if foldedText == nil { foldedText = TextFolding.fold(analysis.text) }
        return TextFolding.matches(of: needle, in: foldedText!).map { Span($0, $0 + needle.count) }
    }

    /// Whether the title, file name or text contains `query`, ignoring case and accents.
    public func matches(_ query: String) -> Bool {
        if TextFolding.contains(title, query) || TextFolding.contains(name, query) { return true }
        return !search(query).isEmpty
    }

    /// The index of the actor named `name` (or having it as an alias), ignoring case and accents.
    public func actorIndex(named name: String) -> Int? {
        let folded = TextFolding.fold(name)
        return analysis.actors.firstIndex { actor in
            TextFolding.fold(actor.name) == folded || actor.aliases.contains { TextFolding.fold($0) == folded }
        }
    }

    /// Indexes of the quotes whose speaker is the actor at `actor`, or of all quotes when nil.
    public func quoteIndexes(actor: Int?) -> [Int] {
        guard let actor else { return Array(analysis.quotes.indices) }
        return analysis.quotes.indices.filter { quoteActor[$0] == actor }
    }
}
