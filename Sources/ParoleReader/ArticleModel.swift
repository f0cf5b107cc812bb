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
    /// False while the analysis is still running: the text is shown without marks.
    public let isAnalysed: Bool
    /// The article's address, when known (a library article from the web or a feed).
    public let link: String?
    /// The publication day (`2022-08-03`), when known.
    public let date: String?
    /// The name of the site or publication the page gave ("Le Monde"), when known.
    public let siteName: String?
    /// The language of the text (ISO 639-1 code, "en"), when stored or detected.
    public let language: String?
    /// The library's identifier of the article, for a library article.
    public let libraryID: Int64?
    /// Whether the article is marked read in the library (`u` toggles it).
    public internal(set) var isRead: Bool
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
    /// The heading kind of each paragraph (title, subheading), nil for body text.
    public let paragraphHeadings: [HeadingKind?]
    /// Index of each quote's speaker in `actors`, or nil.
    public let quoteActor: [Int?]
    /// The speaker colour slot of each quote (its speaker's), or -1 when the speaker is unknown.
    public let quoteSlots: [Int]
    /// The speaker colour slot of each actor, or -1 for actors never quoted. Slots go to the
    /// quoted actors, most quoted first, so the main voices get the most distinct colours;
    /// the theme turns a slot into a colour.
    public let actorSlots: [Int]

    /// Every quote index, in text order.
    public let allQuotes: [Int]
    /// Actor indexes in panel order: most quoted first, then most mentioned, then first mentioned.
    public let actorsByImportance: [Int]
    private var foldedActorNames: [[[Unicode.Scalar]]]?
    private var layouts: [Int: TextLayout] = [:]
    private var foldedText: [Unicode.Scalar]?

    /// Prepares `analysis`, read from `source`, for display; `isAnalysed: false` marks a
    /// provisional analysis (paragraphs only) shown until the real one arrives; `link` and
    /// `date`, `site` (the page's site name) and `language` (its code) are what the library knows
    /// of the article.
    public init(
        analysis: Analysis, source: String, isAnalysed: Bool = true, link: String? = nil, date: String? = nil,
        site: String? = nil, language: String? = nil, libraryID: Int64? = nil, isRead: Bool = true
    ) {
        self.libraryID = libraryID
        self.isRead = isRead
        self.analysis = analysis
        self.source = source
        self.isAnalysed = isAnalysed
        self.link = link?.isEmpty == true ? nil : link
        self.date = date?.isEmpty == true ? nil : date
        let siteName = site?.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        self.siteName = siteName?.isEmpty == true ? nil : siteName
        self.language = language?.isEmpty == true ? nil : language?.lowercased()
        var display: [Unicode.Scalar] = []
        var widths: [UInt8] = []
        display.reserveCapacity(analysis.text.utf8.count)
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
        let byLength = analysis.quotes.indices.sorted {
            analysis.quotes[$0].span.length > analysis.quotes[$1].span.length
        }
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
        let quoteActor = analysis.quotes.map { quote in quote.speaker?.actor.flatMap { actorIndex[$0] } }
        var quotesByActor = [Int](repeating: 0, count: analysis.actors.count)
        for actor in quoteActor.compactMap({ $0 }) { quotesByActor[actor] += 1 }
        var actorSlots = [Int](repeating: -1, count: analysis.actors.count)
        let quoted = analysis.actors.indices.filter {
            quotesByActor[$0] > 0 || analysis.actors[$0].quotes > 0
        }
        let ranked = quoted.sorted { a, b in
            let qa = max(quotesByActor[a], analysis.actors[a].quotes)
            let qb = max(quotesByActor[b], analysis.actors[b].quotes)
            return qa != qb ? qa > qb : a < b
        }
        for (slot, actor) in ranked.enumerated() { actorSlots[actor] = slot }
        quoteSlots = quoteActor.map { index in index.map { actorSlots[$0] } ?? -1 }
        var kindByStart: [Int: HeadingKind] = [:]
        for heading in analysis.headings { kindByStart[heading.span.start] = heading.kind }
        paragraphHeadings = analysis.paragraphs.map { kindByStart[$0.start] }
        self.display = display
        self.widths = widths
        self.entityType = entityType
        self.quoteAt = quoteAt
        self.actorAt = actorAt
        self.isSpeaker = isSpeaker
        self.quoteActor = quoteActor
        self.actorSlots = actorSlots
        allQuotes = Array(analysis.quotes.indices)
        let actors = analysis.actors
        actorsByImportance = actors.indices.sorted { a, b in
            if actors[a].quotes != actors[b].quotes { return actors[a].quotes > actors[b].quotes }
            if actors[a].mentions != actors[b].mentions { return actors[a].mentions > actors[b].mentions }
            return a < b
        }
    }

    /// The article's name in lists and the status line: its file name, or its id. A feed item
    /// known by its text's fingerprint (`revue.xml#0a560179884f873d`) is named by its feed's
    /// file name alone: the fingerprint tells a reader nothing.
    public var name: String {
        if source == "-" { return "stdin" }
        guard let last = source.split(separator: "/").last else { return analysis.id }
        if let mark = last.lastIndex(of: "#"), mark > last.startIndex {
            let fingerprint = last[last.index(after: mark)...]
            if ContentHash.isFingerprint(fingerprint) {
                return String(last[..<mark])
            }
        }
        return String(last)
    }

    /// The site the article comes from: the page's site name, else its address's host as the
    /// library names a site (``WebAddress/siteHost(of:)``: lower case, without "www."), if known
    /// (nil for a file, a `javascript:` link).
    public var site: String? {
        if let siteName { return siteName }
        guard let address = link ?? (source.contains("://") ? source : nil) else { return nil }
        return WebAddress.siteHost(of: address)
    }

    /// The address to open and to cite: the link, or the source, when it is a web address
    /// (`http` or `https`). A feed's item may link anywhere — `javascript:…`, a relative
    /// `../page.html`, a local `file://` page — none of which a reader of a citation can open
    /// (and a file's path is not for publishing): such an article cites its title, as a file does.
    public var webAddress: String? { WebAddress.of(link: link, source: source) }

    /// The local file the article was read from, shown where a web address would be: its
    /// source, when the article has no web address and no link of any kind (a feed item's
    /// `javascript:` or unresolved relative link names no file of this machine).
    public var filePath: String? {
        guard webAddress == nil, link == nil, !source.contains("://") else { return nil }
        return source
    }

    /// The article's title, control characters and extra blanks removed.
    public var title: String {
        let trimmed = analysis.title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return trimmed.isEmpty ? name : trimmed
    }

    /// Whether the analysis supports the article's language (an unknown language counts): the
    /// library counts its quotes and actors only then.
    public var isCountedLanguage: Bool { AnalysisLanguage.supports(language) }

    /// The number of scalars in the text.
    public var scalarCount: Int { display.count }

    /// The text wrapped to `width` columns (computed once per width).
    public func layout(width: Int) -> TextLayout {
        if let cached = layouts[width] { return cached }
        let layout = TextLayout(
            width: width, paragraphs: analysis.paragraphs, display: display, widths: widths)
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
        if foldedActorNames == nil {
            foldedActorNames = analysis.actors.map { actor in
                [TextFolding.fold(actor.name)] + actor.aliases.map { TextFolding.fold($0) }
            }
        }
        return foldedActorNames!.firstIndex { $0.contains(folded) }
    }

    /// The index of the actor `filter` stands for: the one of its name (or alias), else of one
    /// of its other names.
    public func actorIndex(matching filter: ActorFilter) -> Int? {
        if let index = actorIndex(named: filter.name) { return index }
        for name in filter.otherNames {
            if let index = actorIndex(named: name) { return index }
        }
        return nil
    }

    /// Indexes of the quotes whose speaker is the actor at `actor`, or of all quotes when nil.
    public func quoteIndexes(actor: Int?) -> [Int] {
        guard let actor else { return allQuotes }
        return analysis.quotes.indices.filter { quoteActor[$0] == actor }
    }
}
