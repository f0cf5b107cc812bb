import ParoleKit

/// Everything known about one quote, for the detail pane and the citation `y` copies: its
/// words, kind, speaker (name, type, role), cue, relay, and the article's title, date, site
/// and address.
public struct QuoteCitation: Hashable, Sendable {
    /// The quote's words, blanks collapsed.
    public var text: String
    /// How it is reported.
    public var kind: QuoteKind
    /// The speaker's name ("?" when unknown).
    public var speaker: String
    /// What sort of source the speaker is (person, organisation, anonymous source, document,
    /// government), when the speaker is a known actor: the kind statistics count it as.
    public var speakerKind: ActorKind?
    /// The speaker's role as the article gives it in apposition ("porte-parole du Kremlin").
    public var role: String?
    /// The words that introduce the quote ("a déclaré").
    public var cue: String?
    /// Who relayed it ("Reuters").
    public var via: String?
    /// The article's title.
    public var title: String
    /// The article's date, as stored ("2026-12-02"): the detail shows it so.
    public var date: String?
    /// The language of the article (its code, "fr"), in which its citation writes the date.
    public var language: String?
    /// The article's site.
    public var site: String?
    /// The article's web address, else the file it was read from (``ArticleModel/filePath``);
    /// nil for an article that has neither (a feed item whose link no reader can open).
    public var address: String?
    /// The article's web address; nil for an article read from a file, whose citation names
    /// its title instead of its local path.
    public var webAddress: String?

    /// The details of quote `index` of `article`. For many quotes of one article, build its
    /// ``ArticleText`` once and pass it to ``init(quote:of:text:)``.
    public init(quote index: Int, of article: ArticleModel) {
        self.init(quote: index, of: article, text: ArticleText(article))
    }

    /// The details of quote `index` of `article`, whose text and words `articleText` holds
    /// (built once per article: the citations of a long article's quotes then cost no more
    /// than its length once).
    public init(quote index: Int, of article: ArticleModel, text articleText: ArticleText) {
        let analysis = article.analysis
        let quote = analysis.quotes[index]
        text = Self.collapse(quote.text)
        kind = quote.kind
        cue = quote.cue.map { Self.collapse($0.text) }
        via = quote.via.map { Self.collapse($0.text) }
        title = article.title
        date = article.date
        language = article.language ?? analysis.lang
        site = article.site
        webAddress = article.webAddress
        address = webAddress ?? article.filePath
        if let actor = article.quoteActor[index] {
            let found = analysis.actors[actor]
            speaker =
                found.kind == .person
                ? found.name
                : Self.writtenPhrase(of: quote.speaker, naming: found, quote: quote.span, in: articleText)
                    ?? found.name
            speakerKind = found.kind
            role = Self.role(of: found, in: articleText, speakerSpan: quote.speaker?.span)
        } else {
            speaker = quote.speaker.map { Self.collapse($0.text) } ?? "?"
            speakerKind = nil
            role = nil
        }
    }

    /// The citation copied by `y`: « words », cue Speaker, role — site (relay), date in words, address
    /// (the site left out when it is only the address's host: ``outlet``); for an article read
    /// from a file, its title in place of the address: a published
    /// citation never carries a local path (the quote detail and `parole quotes` keep it).
    /// Reported speech (indirect, according) is not put between guillemets. As French
    /// typography writes it, a cue that opened its sentence is written in lower case after the
    /// words ("Selon X, « … »" → "« … », selon X") and a full stop closing the words before an
    /// attribution is left out ("« Nous partons », a déclaré X"); a quote without a known
    /// speaker names none (no "?").
    public var citation: String {
        let known = speaker != "?"
        var who = speaker
        if let role { who += ", " + role }
        var out: String
        switch kind {
        case .direct, .partial:
            guard known else {
                out = Self.inGuillemets(text)
                break
            }
            let words = Self.inGuillemets(Self.withoutClosingFullStop(text))
            out = words + ", " + (cue.map { Self.inSentence(Self.cueBeforeName($0)) + " " } ?? "") + who
        case .indirect, .according:
            out = known ? text + " (" + who + ")" : text
        }
        let source = [outlet, webAddress == nil ? title : nil, writtenDate, webAddress].compactMap { $0 }
            .filter { !$0.isEmpty }
        if !source.isEmpty { out += " — " + source.joined(separator: ", ") }
        return out
    }

    /// The article's date as the citation writes it, the way the press of the article's language
    /// does ("2 décembre 2026", "1er décembre 2026"): ``CitationDate``; a date that names no day
    /// of the calendar is kept as stored.
    public var writtenDate: String? {
        date.map { CitationDate.written($0, languageCode: language) }
    }

    /// Where the quote was published, as a citation names it: the article's site, followed by
    /// the relay it credits in parentheses ("example.org (Reuters)"); the relay alone for an
    /// article without a site. A relay never hides the outlet that published the words. A site
    /// that is only the host of the address cited after it is not said twice ("— 2012-05-22,
    /// https://example.org/1", not "— example.org, 2012-05-22, https://example.org/1"), unless a
    /// relay needs it.
    var outlet: String? {
        let site = site.flatMap { $0.isEmpty ? nil : $0 }
        let via = via.flatMap { $0.isEmpty ? nil : $0 }
        guard let site else { return via }
        guard via != nil || site.lowercased() != webAddress.flatMap(WebAddress.siteHost) else { return nil }
        guard let via, via.lowercased() != site.lowercased() else { return site }
        return "\(site) (\(via))"
    }

    /// `words` without the one full stop that closes them (not an ellipsis "..." nor "?" "!"),
    /// for words followed by their attribution: « Je pars », a-t-il dit.
    static func withoutClosingFullStop(_ words: String) -> String {
        guard words.hasSuffix("."), !words.hasSuffix(".."), words.count > 1 else { return words }
        var kept = words.dropLast()
        while kept.last?.isWhitespace == true { kept = kept.dropLast() }
        return String(kept)
    }

    /// `cue` as it reads inside a sentence: a capital that only opened the sentence ("Selon",
    /// "D’après", "Pour") in lower case; a word capitalised throughout or a name is kept.
    static func inSentence(_ cue: String) -> String {
        guard let first = cue.first, first.isUppercase else { return cue }
        let restOfWord = cue.dropFirst().prefix { $0.isLetter }
        guard restOfWord.allSatisfy(\.isLowercase) else { return cue }
        return first.lowercased() + cue.dropFirst()
    }

    /// The speaker's role: the first of the roles the analysis gives the actor, else for a named
    /// person a description among its aliases (one that starts with a
    /// lower-case letter, "porte-parole du Kremlin"), else a lower-case apposition right after
    /// one of its mentions (", porte-parole du Kremlin,"), at most eight words. An apposition
    /// that ends its sentence is taken only after the quote's own speaker ("a déclaré X, role."):
    /// after another mention it is as often a clause ("Hu Jintao, des centaines de Tibétains
    /// manifestent.").
    static func role(of actor: Actor, in article: ArticleText, speakerSpan: Span?) -> String? {
        if let role = actor.roles.first { return collapse(role) }
        // Only a named person is given a role by the words after its name: after an anonymous
        // source or a body they are as often a clause ("Pour ses opposants, le fait que …,").
        guard actor.kind == .person else { return nil }
        if actor.type == .person,
            let alias = actor.aliases.first(where: { $0.unicodeScalars.first?.properties.isLowercase == true }
            )
        {
            return collapse(alias)
        }
        let scalars = article.scalars
        var spans = actor.occurrences
        if let speakerSpan { spans.insert(speakerSpan, at: 0) }
        for (index, span) in spans.enumerated() where span.end + 2 < scalars.count && span.end >= 0 {
            guard scalars[span.end] == ",", scalars[span.end + 1] == " " else { continue }
            var end = span.end + 2
            let start = end
            while end < scalars.count, !",.;:»«()\n".unicodeScalars.contains(scalars[end]) { end += 1 }
            let isSpeaker = index == 0 && speakerSpan != nil
            guard end < scalars.count, scalars[end] == "," || (scalars[end] == "." && isSpeaker) else {
                continue
            }
            let role = String(String.UnicodeScalarView(scalars[start..<end]))
            let words = role.split(separator: " ")
            guard let first = role.unicodeScalars.first, first.properties.isLowercase,
                (1...8).contains(words.count)
            else { continue }
            // A clause after the name ("Pour X, il fallait …,", "X, pour qui, …") or quoted
            // words are no role.
            let opening = words[0].lowercased().replacingOccurrences(of: "’", with: "'")
            let elided = opening.firstIndex(of: "'").map { String(opening[...$0]) }
            if article.clauseOpeners.contains(opening) || elided.map(article.clauseOpeners.contains) == true {
                continue
            }
            if article.quotes.contains(where: { $0.overlaps(Span(start, end)) }) { continue }
            return role
        }
        return nil
    }

    /// How the article names a source that is not a named person ("les autorités locales",
    /// "l’ONU", "un porte-parole du gouvernement néerlandais"), with its determiner, which its
    /// bare name lacks ("ont décrit autorités", "réclament ONU"): the speaker's phrase when it is
    /// the text at its span (not a pronoun or a ranked speaker) and holds the actor's name, else
    /// the actor's last mention before `quote` (or its first), each with the determiner written
    /// right before it (the language's determiners); a capital that only opened its sentence
    /// in lower case.
    static func writtenPhrase(of speaker: Speaker?, naming actor: Actor, quote: Span, in article: ArticleText)
        -> String?
    {
        let scalars = article.scalars
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        func valid(_ span: Span) -> Bool {
            span.start >= 0 && span.end > span.start && span.end <= scalars.count
        }
        var spans: [Span] = []
        if let speaker, valid(speaker.span),
            collapse(text(speaker.span.start..<speaker.span.end)) == collapse(speaker.text)
        {
            spans.append(speaker.span)
        }
        if let mention = actor.occurrences.last(where: { $0.end <= quote.start }) ?? actor.occurrences.first {
            spans.append(mention)
        }
        for span in spans where valid(span) && TextFolding.contains(text(span.start..<span.end), actor.name) {
            let start = withDeterminer(span, in: scalars, determiners: article.determiners)
            let phrase = collapse(text(start..<span.end))
            if phrase != actor.name { return inSentence(phrase) }
        }
        return nil
    }

    /// Where `span` starts with the determiner written right before it ("l’" of "l’ONU", "les"
    /// of "les autorités"), or its own start.
    static func withDeterminer(_ span: Span, in scalars: [Unicode.Scalar], determiners: Set<String>) -> Int {
        let start = span.start
        let elided = start > 0 && (scalars[start - 1] == "'" || scalars[start - 1] == "’")
        let wordEnd = start - 1
        guard wordEnd > 0, elided || scalars[wordEnd] == " " else { return start }
        var wordStart = wordEnd
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        let last = elided ? start : wordEnd
        let word = String(String.UnicodeScalarView(scalars[wordStart..<last])).lowercased()
            .replacingOccurrences(of: "’", with: "'")
        return determiners.contains(word) ? wordStart : start
    }

    /// `cue` as it reads before the speaker's name: without its inverted subject pronoun, which
    /// the name stands for ("a-t-il déclaré" → "a déclaré Dmitri Peskov", "ajoute-t-elle" →
    /// "ajoute Anne Martin"). The pronouns are the tokenizer's (``TokenizerRules``).
    static func cueBeforeName(_ cue: String) -> String {
        let scalars = Array(cue.unicodeScalars)
        let clitics = Tokenizer().document(scalars: scalars).tokens.filter { $0.kind == .clitic }
        guard !clitics.isEmpty else { return cue }
        var kept = scalars
        for clitic in clitics.reversed() {
            kept.removeSubrange(clitic.span.start..<clitic.span.end)
        }
        let left = collapse(String(String.UnicodeScalarView(kept)))
        return left.isEmpty ? cue : left
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` between « », unless it already opens with its own « (a quote whose span holds its
    /// marks): never « « … » ».
    public static func inGuillemets(_ text: String) -> String {
        QuoteWords.inGuillemets(text)
    }

    /// A label for a kind, as the detail shows it.
    public static func kindLabel(_ kind: QuoteKind) -> String {
        switch kind {
        case .direct: return "direct quote"
        case .partial: return "partial quote"
        case .indirect: return "indirect (reported speech)"
        case .according: return "according to"
        }
    }

    /// A label for what sort of source a speaker is.
    public static func kindLabel(_ kind: ActorKind) -> String {
        switch kind {
        case .person: return "person"
        case .organisation: return "organisation"
        case .anonymousSource: return "anonymous source"
        case .document: return "document"
        case .government: return "government"
        }
    }
}
