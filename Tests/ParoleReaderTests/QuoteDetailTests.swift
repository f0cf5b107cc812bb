import ParoleKit
import Testing

@testable import ParoleReader
@testable import ParoleTerminal

@Suite("Quote detail, copy and open")
struct QuoteDetailTests {
    /// The Lachin article as a library article from the web, with a cue and a relay on quote 2.
    func webArticle() -> ArticleModel {
        var analysis = LachinFixture.analysis
        let text = analysis.text
        if let cue = LachinFixture.span(of: "a déclaré aux journalistes", in: text),
            let via = LachinFixture.span(of: "Reuters", in: text)
        {
            analysis.quotes[2].cue = TextRef(text: "a déclaré", span: Span(cue.start, cue.start + 9))
            analysis.quotes[2].via = TextRef(text: "Reuters", span: via)
        }
        return ArticleModel(
            analysis: analysis, source: "https://www.example.org/monde/lachin",
            link: "https://www.example.org/monde/lachin",
            date: "2022-08-03")
    }

    /// The web article with quote 3's speaker made an anonymous source, and that actor's index.
    func anonymousSpeakerArticle() throws -> (ArticleModel, Int) {
        let plain = webArticle()
        let index = try #require(plain.quoteActor[2])
        var analysis = plain.analysis
        analysis.actors[index].kind = .anonymousSource
        return (ArticleModel(analysis: analysis, source: plain.source, date: plain.date), index)
    }

    @Test("The detail names the speaker's kind as statistics count it, not its entity type")
    func detailNamesTheSpeakerKind() throws {
        let (article, _) = try anonymousSpeakerArticle()
        let detail = QuoteCitation(quote: 2, of: article)
        #expect(detail.speakerKind == .anonymousSource)
        var state = ReaderState(articles: [article], size: TerminalSize(width: 100, height: 30))
        state.handle(.tab)
        state.handle(.character("j"))
        state.handle(.character("j"))
        state.handle(.enter)
        #expect(state.render().find("(anonymous source)") != nil)
        #expect(QuoteCitation.kindLabel(ActorKind.government) == "government")
    }

    @Test(
        "Enter on a Quotes row opens the detail: whole quote, kind, speaker with role and type, cue, relay, source"
    )
    func detailPane() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        state.handle(.tab)
        state.handle(.character("j"))
        state.handle(.character("j"))
        state.handle(.enter)
        #expect(state.screen == .detail)
        let grid = state.render()
        #expect(grid.row(0).contains("Quote — indirect"))
        #expect(grid.find("la Russie était « préoccupée »") != nil)
        let speaker = grid.find("Dmitri Peskov (person)")
        #expect(speaker != nil)
        #expect(grid.find("porte-parole du Kremlin") != nil)
        #expect(grid.row(grid.find("Cue")!.y).contains("a déclaré"))
        #expect(grid.row(grid.find("Via")!.y).contains("Reuters"))
        #expect(grid.row(grid.find("Date")!.y).contains("2022-08-03"))
        #expect(grid.row(grid.find("Site")!.y).contains("example.org"))
        #expect(grid.row(grid.find("URL")!.y).contains("https://www.example.org/monde/lachin"))
        #expect(grid.row(29).contains("quote 3/7"))
        // n steps to the next quote in the detail; q goes back to the article.
        state.handle(.character("n"))
        #expect(state.detail?.quote == 3)
        #expect(state.render().find("Nous surveillons de près") != nil)
        state.handle(.character("q"))
        #expect(state.screen == .article)
        #expect(state.currentQuote == 3)
    }

    @Test("v opens the detail of the current quote in the text; without one it says how to get one")
    func detailFromText() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("v"))
        #expect(state.screen == .article)
        #expect(state.message?.contains("n goes to one") == true)
        state.handle(.character("n"))
        state.handle(.character("v"))
        #expect(state.screen == .detail)
        #expect(state.detail?.quote == 0)
    }

    @Test("a citation of an article read from a file names its title and date, never its local path")
    func citationOfAFileHidesItsPath() throws {
        let text = "Titre du dossier\n« Rien à ajouter », a déclaré Hu Jintao.\n"
        let words = try #require(LachinFixture.span(of: "Rien à ajouter", in: text))
        let mention = try #require(LachinFixture.span(of: "Hu Jintao", in: text))
        let analysis = Analysis(
            id: "d", title: "Titre du dossier", text: text, paragraphs: [Span(0, 16)], entities: [],
            quotes: [
                Quote(
                    span: words, text: "Rien à ajouter", kind: .direct,
                    speaker: Speaker(text: "Hu Jintao", span: mention, actor: "a1"))
            ],
            actors: [Actor(id: "a1", name: "Hu Jintao", type: .person, occurrences: [mention], quotes: 1)])
        let path = "/home/claire/Documents/enquête/dossier.txt"
        let article = ArticleModel(analysis: analysis, source: path, date: "2024-03-05")
        let cited = QuoteCitation(quote: 0, of: article)
        #expect(cited.citation == "« Rien à ajouter », Hu Jintao — Titre du dossier, 5 mars 2024")
        // The detail, on the user's own screen, still says where the file is.
        var state = ReaderState(articles: [article], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("n"))
        state.handle(.character("v"))
        #expect(state.render().find(path) != nil)
    }

    @Test("y asks to copy a ready citation: « words », cue, speaker and role — outlet (relay), date, URL")
    func copyCitation() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        for _ in 0..<4 { state.handle(.character("n")) }
        state.handle(.character("v"))
        let effects = state.handle(.character("y"))
        #expect(
            effects == [
                .copy(
                    "« Nous surveillons de près et nous sommes naturellement préoccupés par la détérioration de la situation », Dmitri Peskov, porte-parole du Kremlin — 3 août 2022, https://www.example.org/monde/lachin"
                )
            ])
        state.handle(.character("N"))
        let indirect = state.handle(.character("y"))
        #expect(
            indirect == [
                .copy(
                    "la Russie était « préoccupée » (Dmitri Peskov, porte-parole du Kremlin) — example.org (Reuters), 3 août 2022, https://www.example.org/monde/lachin"
                )
            ])
        state.receive(.done("Citation sent"))
        #expect(state.render().row(29).contains("Citation sent"))
    }

    @Test("a citation says a site that is only its address's host once, and a site's own name with it")
    func citationSaysTheHostOnce() {
        let plain = webArticle()
        let bare = ArticleModel(
            analysis: plain.analysis, source: "http://127.0.0.1:8765/1", link: "http://127.0.0.1:8765/1",
            date: "2012-05-22")
        let cited = QuoteCitation(quote: 3, of: bare).citation
        #expect(cited.hasSuffix(" — 22 mai 2012, http://127.0.0.1:8765/1"))
        let named = ArticleModel(
            analysis: plain.analysis, source: plain.source, link: plain.link, date: plain.date,
            site: "Le Monde")
        #expect(
            QuoteCitation(quote: 3, of: named).citation.hasSuffix(
                " — Le Monde, 3 août 2022, https://www.example.org/monde/lachin"))
    }

    @Test("y with the Quotes panel focused copies the selected row, the quote v and c act on")
    func copySelectedQuoteRow() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("n"))
        state.handle(.tab)
        state.handle(.character("j"))
        state.handle(.character("j"))
        let effects = state.handle(.character("y"))
        guard case .copy(let copied)? = effects.first else {
            Issue.record("y gave \(effects)")
            return
        }
        state.handle(.character("v"))
        #expect(state.detail?.quote == 2)
        let shown = QuoteCitation(quote: state.detail?.quote ?? -1, of: webArticle()).citation
        #expect(copied == shown)
    }

    @Test("y and v on an article without quotes say so instead of sending to n")
    func quoteKeysWithoutQuotes() {
        var analysis = LachinFixture.analysis
        analysis.quotes = []
        var state = ReaderState(
            articles: [ArticleModel(analysis: analysis, source: "a.txt")],
            size: TerminalSize(width: 100, height: 30))
        #expect(state.handle(.character("y")).isEmpty)
        #expect(state.message == "No quotes in this article")
        state.handle(.character("v"))
        #expect(state.message == "No quotes in this article")
        #expect(state.screen == .article)
        var quoted = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        quoted.handle(.character("y"))
        #expect(quoted.message == "No current quote to copy: n goes to one")
    }

    @Test("a citation that could not be copied opens the quote's detail, which shows it to select")
    func notCopiedShowsTheCitation() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("n"))
        #expect(state.screen == .article)
        _ = state.handle(.character("y"))
        state.receive(.notCopied("Not copied: no clipboard"))
        #expect(state.screen == .detail)
        let grid = state.render()
        #expect(grid.find("Citation (y copies it):") != nil)
        #expect(grid.row(29).contains("Not copied: no clipboard"))
    }

    @Test(
        "a role is the apposition after the quote's speaker, not a clause after another mention",
        arguments: [
            ("Hu Jintao, des centaines de Tibétains manifestent.\n« Oui », a déclaré Hu Jintao.\n", nil),
            ("Titre\n« Oui », a déclaré Hu Jintao, président chinois.\n", "président chinois"),
            ("Hu Jintao, président chinois, arrive.\n« Oui », a déclaré Hu Jintao.\n", "président chinois"),
            ("Titre\nPour Hu Jintao, il faudra du temps, ajoute-t-il.\n« Oui », a déclaré Hu Jintao.\n", nil),
            ("Titre\nHu Jintao, pour qui, selon lui, tout va bien.\n« Oui », a déclaré Hu Jintao.\n", nil),
            ("Titre\nHu Jintao, s'est ému, le port ferme.\n« Oui », a déclaré Hu Jintao.\n", nil),
        ] as [(String, String?)])
    func roleFromApposition(text: String, role: String?) throws {
        let scalars = Array(text.unicodeScalars)
        func spans(_ phrase: String) -> [Span] { LachinFixture.spans(of: phrase, in: text) }
        let mentions = spans("Hu Jintao")
        let oui = try #require(LachinFixture.span(of: "Oui", in: text))
        let speaker = try #require(mentions.last)
        let analysis = Analysis(
            id: "hu", title: "", text: text, paragraphs: [Span(0, scalars.count)], entities: [],
            quotes: [
                Quote(
                    span: oui, text: "Oui", kind: .direct,
                    speaker: Speaker(text: "Hu Jintao", span: speaker, actor: "a1"))
            ],
            actors: [Actor(id: "a1", name: "Hu Jintao", type: .person, occurrences: mentions, quotes: 1)])
        let citation = QuoteCitation(quote: 0, of: ArticleModel(analysis: analysis, source: "hu.txt"))
        #expect(citation.role == role)
    }

    /// An article of a title line ("Titre") and one paragraph, with one according quote, `claim`,
    /// by `actor` (id "a1"), named by the speaker phrase `speaker` at `mention`.
    static func accordingArticle(_ text: String, claim: Span, speaker: String, at mention: Span, actor: Actor)
        -> Analysis
    {
        let scalars = Array(text.unicodeScalars)
        let words = String(String.UnicodeScalarView(scalars[claim.start..<claim.end]))
        return Analysis(
            id: "t", title: "Titre", text: text, paragraphs: [Span(0, 5), Span(6, scalars.count - 1)],
            entities: [],
            quotes: [
                Quote(
                    span: claim, text: words, kind: .according,
                    speaker: Speaker(text: speaker, span: mention, actor: "a1"))
            ], actors: [actor])
    }

    @Test("words after the speaker's name that are a quote of the article are no role")
    func quotedWordsAreNoRole() throws {
        let text = "Titre\nPour Hu Jintao, la ville reste calme, a-t-il assuré.\n"
        let name = try #require(LachinFixture.span(of: "Hu Jintao", in: text))
        let claim = try #require(LachinFixture.span(of: "la ville reste calme", in: text))
        let analysis = Self.accordingArticle(
            text, claim: claim, speaker: "Hu Jintao", at: name,
            actor: Actor(id: "a1", name: "Hu Jintao", type: .person, occurrences: [name], quotes: 1))
        let citation = QuoteCitation(quote: 0, of: ArticleModel(analysis: analysis, source: "hu.txt"))
        #expect(citation.role == nil)
        #expect(citation.citation == "la ville reste calme (Hu Jintao) — Titre")
    }

    @Test("the role cited is the analysis' own first; the words after a source that names no one are no role")
    func roleFromTheAnalysisAndOnlyPeopleByApposition() {
        let text = "Titre\nPour ses opposants, le fait que le port ferme, une erreur, a clos le débat.\n"
        let mention = LachinFixture.span(of: "opposants", in: text)!
        let claim = LachinFixture.span(of: "le fait que le port ferme", in: text)!
        let source = Actor(
            id: "a1", name: "opposants", type: .person, occurrences: [mention], quotes: 1,
            kind: .anonymousSource)
        func analysis(_ actor: Actor) -> Analysis {
            Self.accordingArticle(text, claim: claim, speaker: "opposants", at: mention, actor: actor)
        }
        func articleText(_ actor: Actor) -> ArticleText {
            ArticleText(ArticleModel(analysis: analysis(actor), source: "t.txt"))
        }
        #expect(QuoteCitation.role(of: source, in: articleText(source), speakerSpan: mention) == nil)
        var named = source
        named.kind = .person
        named.roles = ["maire de Lorient"]
        #expect(
            QuoteCitation.role(of: named, in: articleText(named), speakerSpan: mention) == "maire de Lorient")
    }

    @Test(
        "a citation puts the name where the cue's inverted pronoun stood: a déclaré X, not a-t-il déclaré X")
    func citationDropsTheInvertedPronoun() {
        #expect(QuoteCitation.cueBeforeName("a-t-il déclaré") == "a déclaré")
        #expect(QuoteCitation.cueBeforeName("a-t-elle ajouté") == "a ajouté")
        #expect(QuoteCitation.cueBeforeName("ajoute-t-il") == "ajoute")
        #expect(QuoteCitation.cueBeforeName("ont-ils expliqué") == "ont expliqué")
        #expect(QuoteCitation.cueBeforeName("a déclaré") == "a déclaré")
        var analysis = LachinFixture.analysis
        analysis.quotes[3].cue = TextRef(text: "a-t-il déclaré", span: Span(0, 0))
        let citation = QuoteCitation(quote: 3, of: ArticleModel(analysis: analysis, source: "lachin.txt"))
        #expect(citation.cue == "a-t-il déclaré")
        #expect(citation.citation.contains("», a déclaré Dmitri Peskov"))
    }

    /// An article of one direct quote, `words`, introduced by `cue` and said by Hu Jintao when
    /// `attributed`.
    func oneQuote(_ text: String, words: String, cue: String?, attributed: Bool = true) throws
        -> QuoteCitation
    {
        let span = try #require(LachinFixture.span(of: words, in: text))
        let cueRef = try cue.map {
            TextRef(text: $0, span: try #require(LachinFixture.span(of: $0, in: text)))
        }
        let mention = LachinFixture.span(of: "Hu Jintao", in: text) ?? Span(0, 0)
        let analysis = Analysis(
            id: "hu", title: "", text: text, paragraphs: [Span(0, text.unicodeScalars.count)], entities: [],
            quotes: [
                Quote(
                    span: span, text: words, kind: .direct, cue: cueRef,
                    speaker: attributed ? Speaker(text: "Hu Jintao", span: mention, actor: "a1") : nil)
            ],
            actors: [Actor(id: "a1", name: "Hu Jintao", type: .person, occurrences: [mention], quotes: 1)])
        return QuoteCitation(quote: 0, of: ArticleModel(analysis: analysis, source: "hu.txt"))
    }

    @Test(
        "a citation reads as French prints it: a cue that opened the sentence in lower case after the words")
    func citationCueInLowerCase() throws {
        let selon = try oneQuote(
            "Selon Hu Jintao, « le port rouvrira lundi ».\n", words: "le port rouvrira lundi", cue: "Selon")
        #expect(selon.citation.hasPrefix("« le port rouvrira lundi », selon Hu Jintao"), "\(selon.citation)")
        let after = try oneQuote(
            "D’après Hu Jintao, « tout ira bien ».\n", words: "tout ira bien", cue: "D’après")
        #expect(after.citation.hasPrefix("« tout ira bien », d’après Hu Jintao"), "\(after.citation)")
        #expect(QuoteCitation.inSentence("a déclaré") == "a déclaré")
        #expect(QuoteCitation.inSentence("AFP") == "AFP")
    }

    @Test("a source that is no named person is cited as the article writes it, with its determiner")
    func sourcesKeepTheirDeterminer() throws {
        let text =
            "Titre\n« Rien à ajouter », a indiqué l’ONU.\n« Très grave », ont jugé les autorités locales.\n"
        func span(_ phrase: String) throws -> Span {
            guard let found = LachinFixture.span(of: phrase, in: text) else {
                throw PhraseNotFound(phrase: phrase)
            }
            return found
        }
        let onu = Actor(id: "a1", name: "ONU", type: .organization, occurrences: [try span("ONU")], quotes: 1)
        let authorities = Actor(
            id: "a2", name: "autorités", type: .person, occurrences: [try span("autorités locales")],
            quotes: 1,
            kind: .anonymousSource)
        let analysis = Analysis(
            id: "t", title: "Titre", text: text, paragraphs: [Span(0, 5)], entities: [],
            quotes: [
                Quote(
                    span: try span("Rien à ajouter"), text: "Rien à ajouter", kind: .direct,
                    cue: TextRef(text: "a indiqué", span: try span("a indiqué")),
                    // A ranked speaker: its span is not where the name is written.
                    speaker: Speaker(text: "ONU", span: try span("Rien à ajouter"), actor: "a1")),
                Quote(
                    span: try span("Très grave"), text: "Très grave", kind: .direct,
                    cue: TextRef(text: "ont jugé", span: try span("ont jugé")),
                    speaker: Speaker(
                        text: "les autorités locales", span: try span("les autorités locales"), actor: "a2")),
            ], actors: [onu, authorities])
        let article = ArticleModel(analysis: analysis, source: "t.txt")
        #expect(
            QuoteCitation(quote: 0, of: article).citation == "« Rien à ajouter », a indiqué l’ONU — Titre")
        #expect(
            QuoteCitation(quote: 1, of: article).citation
                == "« Très grave », ont jugé les autorités locales — Titre")
    }

    @Test("the determiner written before a source comes from the article's language, French when unknown")
    func determinersFollowTheArticleLanguage() throws {
        let text = "Titre\n« Rien à ajouter », a indiqué l’ONU.\n"
        func span(_ phrase: String) throws -> Span {
            guard let found = LachinFixture.span(of: phrase, in: text) else {
                throw PhraseNotFound(phrase: phrase)
            }
            return found
        }
        func citation(lang: String) throws -> String {
            let onu = Actor(
                id: "a1", name: "ONU", type: .organization, occurrences: [try span("ONU")], quotes: 1)
            let analysis = Analysis(
                id: "t", lang: lang, title: "Titre", text: text, paragraphs: [Span(0, 5)], entities: [],
                quotes: [
                    Quote(
                        span: try span("Rien à ajouter"), text: "Rien à ajouter", kind: .direct,
                        cue: TextRef(text: "a indiqué", span: try span("a indiqué")),
                        speaker: Speaker(text: "ONU", span: try span("ONU"), actor: "a1"))
                ], actors: [onu])
            let article = ArticleModel(analysis: analysis, source: "t.txt")
            let once = QuoteCitation(quote: 0, of: article, text: ArticleText(article)).citation
            #expect(once == QuoteCitation(quote: 0, of: article).citation)
            return once
        }
        #expect(try citation(lang: "fr-FR") == "« Rien à ajouter », a indiqué l’ONU — Titre")
        #expect(try citation(lang: "") == "« Rien à ajouter », a indiqué l’ONU — Titre")
        // A language without resources gets no French determiner.
        #expect(try citation(lang: "en") == "« Rien à ajouter », a indiqué ONU — Titre")
        #expect(WordLists.of(languageCode: "en").words("determiners").isEmpty)
        #expect(WordLists.of(languageCode: "FR").words("determiners").contains("les"))
    }

    @Test("a full stop closing the words is left out before the attribution, an ellipsis or ? is kept")
    func citationWithoutClosingFullStop() throws {
        let stop = try oneQuote(
            "« Nous partons demain. », a déclaré Hu Jintao.\n", words: "Nous partons demain.",
            cue: "a déclaré")
        #expect(stop.citation.hasPrefix("« Nous partons demain », a déclaré Hu Jintao"), "\(stop.citation)")
        let question = try oneQuote(
            "« Qui partira ? », a demandé Hu Jintao.\n", words: "Qui partira ?", cue: "a demandé")
        #expect(question.citation.hasPrefix("« Qui partira ? », a demandé Hu Jintao"), "\(question.citation)")
        #expect(QuoteCitation.withoutClosingFullStop("Et puis...") == "Et puis...")
    }

    @Test("a quote whose speaker is unknown is cited without a question mark for a name")
    func citationWithoutSpeaker() throws {
        let unknown = try oneQuote(
            "« Rien ne bouge. »\n", words: "Rien ne bouge.", cue: nil, attributed: false)
        #expect(unknown.speaker == "?")
        #expect(unknown.citation == "« Rien ne bouge. » — hu.txt", "\(unknown.citation)")
    }

    @Test(
        "a feed item's link that no reader can open (javascript:, relative, file://) is never cited nor opened"
    )
    func linksThatAreNoWebAddressAreNotCited() {
        let plain = webArticle()
        for link in ["javascript:alert(1)", "../x.html", "file:///home/moi/fil/article.html"] {
            let article = ArticleModel(
                analysis: plain.analysis, source: "/home/moi/fil.xml#2", link: link, date: plain.date)
            #expect(article.webAddress == nil, "\(link)")
            let citation = QuoteCitation(quote: 2, of: article).citation
            #expect(!citation.contains(link), "\(citation)")
            #expect(citation.contains(article.title), "cites the title instead: \(citation)")
            var state = ReaderState(articles: [article], size: TerminalSize(width: 100, height: 30))
            #expect(state.handle(.character("o")).isEmpty, "o opens nothing for \(link)")
        }
        let web = ArticleModel(
            analysis: plain.analysis, source: "/home/moi/fil.xml#2", link: "HTTPS://www.exemple.fr/a",
            date: plain.date)
        #expect(web.webAddress == "HTTPS://www.exemple.fr/a")
        #expect(BrowserLauncher.isOpenable("HTTPS://www.exemple.fr/a"), "o opens what the citation cites")
        #expect(!BrowserLauncher.isOpenable("javascript:alert(1)"))
    }

    @Test("the quote detail labels only a file the article was read from 'File', never a feed item's link")
    func detailShowsNoLinkThatIsNoAddressAsAFile() {
        let plain = webArticle()
        func detail(source: String, link: String?) -> String {
            let article = ArticleModel(analysis: plain.analysis, source: source, link: link, date: plain.date)
            var state = ReaderState(articles: [article], size: TerminalSize(width: 100, height: 40))
            for _ in 0..<3 { state.handle(.character("n")) }
            state.handle(.character("v"))
            return (0..<40).map { state.render().row($0) }.joined(separator: "\n")
        }
        for link in ["javascript:alert(1)", "/2012/07/un"] {
            let text = detail(source: "/home/moi/javascript:alert(1)", link: link)
            #expect(!text.contains("  File "), "\(link): \(text)")
            #expect(!text.contains(link), "\(link): \(text)")
        }
        #expect(
            detail(source: "/home/moi/article.txt", link: nil).contains("  File     /home/moi/article.txt"))
    }

    @Test("a web address longer than the detail's width is broken across lines, never cut")
    func longAddressIsWrapped() {
        let address = "https://www.exemple.fr/" + String(repeating: "tres-long-chemin-", count: 8) + "fin"
        let lines = WordWrap.lines("vu sur " + address, width: 40)
        #expect(lines.allSatisfy { ColumnWidth.width(of: $0) <= 40 })
        #expect(lines.first == "vu sur")
        #expect(lines.dropFirst().joined() == address)
        let plain = webArticle()
        let article = ArticleModel(
            analysis: plain.analysis, source: "lachin.html", link: address, date: plain.date)
        var state = ReaderState(articles: [article], size: TerminalSize(width: 60, height: 30))
        for _ in 0..<4 { state.handle(.character("n")) }
        state.handle(.character("v"))
        let text = (0..<30).map { state.render().row($0) }.joined(separator: "\n")
        #expect(text.contains("fin"), "the end of the address is shown: \(text)")
    }

    @Test("the actor picker of an article types its sources as the Actors panel does (anon, doc)")
    func pickerTypesSourcesAsThePanel() throws {
        let (article, index) = try anonymousSpeakerArticle()
        let analysis = article.analysis
        var state = ReaderState(articles: [article], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("f"))
        let grid = state.render()
        let name = analysis.actors[index].name
        // The picker's row: the name, blanks, then the type column.
        let row = try #require(
            (0..<30).map { grid.row($0) }.first { $0.contains(name + "    ") && $0.contains("┐") == false })
        #expect(row.contains(try Regex(name + " +anon")), "\(row)")
    }

    @Test("A quote is put between guillemets once, also when its span holds its own marks")
    func guillemetsOnce() {
        #expect(QuoteCitation.inGuillemets("Nous ne céderons pas") == "« Nous ne céderons pas »")
        #expect(QuoteCitation.inGuillemets("« Nous ne céderons pas »") == "« Nous ne céderons pas »")
    }

    @Test("o asks to open the article's URL; an article read from a file says it has none")
    func openURL() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        #expect(state.handle(.character("o")) == [.openURL("https://www.example.org/monde/lachin")])
        var file = ReaderState(articles: [LachinFixture.model()], size: TerminalSize(width: 100, height: 30))
        #expect(file.handle(.character("o")).isEmpty)
        #expect(file.message?.hasPrefix("No web address for this article") == true)
    }

    @Test("with an actor filter the detail also gives the quote's number in the article, as correct takes it")
    func detailGivesTheArticleNumberUnderAFilter() throws {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 100, height: 30))
        state.handle(.character("f"))
        for c in "Peskov" { state.handle(.character(c)) }
        state.handle(.enter)
        state.handle(.character("n"))
        state.handle(.character("v"))
        let quote = try #require(state.detail?.quote)
        let status = state.render().row(29)
        #expect(status.contains("quote 1/3 (no. \(quote + 1) of 7)"), "\(status)")
    }

    @Test("the detail fits a 60×20 terminal and wraps long quotes")
    func smallDetail() {
        var state = ReaderState(articles: [webArticle()], size: TerminalSize(width: 60, height: 20))
        for _ in 0..<4 { state.handle(.character("n")) }
        state.handle(.character("v"))
        let grid = state.render()
        #expect(grid.find("« Nous surveillons de près et nous sommes naturellement") != nil)
        #expect(grid.find("de la situation »") != nil)
        #expect(grid.row(19).contains("quote 4/7"))
    }
}

/// A phrase a test looks for is not in its text.
private struct PhraseNotFound: Error {
    let phrase: String
}
