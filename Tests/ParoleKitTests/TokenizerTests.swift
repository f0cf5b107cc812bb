import Testing

@testable import ParoleKit

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func norms(_ text: String) -> [String] { tokenizer.document(text).tokens.map(\.norm) }

    @Test func splitsElisionsWithBothApostrophes() {
        #expect(norms("l’Union qu'au d’avoir") == ["l'", "union", "qu'", "au", "d'", "avoir"])
    }

    @Test func readsAnElisionTypedWithAStraySpace() {
        #expect(norms("d' été l' Union") == ["d'", "été", "l'", "union"])
        #expect(tokenizer.document("d' été").tokens[0].kind == .elision)
        // A closing single quote after an ordinary word stays punctuation.
        #expect(norms("'non' dit") == ["'", "non", "'", "dit"])
    }

    @Test func keepsWordsWithInnerApostrophe() {
        #expect(norms("aujourd'hui") == ["aujourd'hui"])
    }

    @Test func splitsInvertedSubjectPronouns() {
        let doc = tokenizer.document("a-t-il ajouté, affirme-t-elle, dit-on, Haut-Karabakh")
        #expect(
            doc.tokens.map(\.norm) == [
                "a", "-t-il", "ajouté", ",", "affirme", "-t-elle", ",", "dit", "-on", ",", "haut-karabakh",
            ])
        #expect(doc.tokens[1].kind == .clitic)
        #expect(doc.tokens[10].kind == .word)
    }

    @Test func recognisesGuillemetsWithAnySpace() {
        for space in [" ", "\u{A0}", "\u{202F}"] {
            let doc = tokenizer.document("«\(space)Nous surveillons\(space)»")
            #expect(doc.tokens.map(\.kind) == [.openQuote, .word, .word, .closeQuote])
        }
    }

    @Test func keepsAbbreviationPeriodsInsideSentences() {
        let doc = tokenizer.document("M. Samaras et Mme Dupont sont arrivés. Dr. House aussi.")
        #expect(doc.sentences.count == 2)
        #expect(doc.tokens[0].norm == "m.")
    }

    @Test func keepsInitialsWrittenWithoutSpacesAsOneWord() {
        let doc = tokenizer.document("Selon J.-P. Durand et R.T. Mollard, la B.C.E. agira. Elle le dit.")
        #expect(
            doc.tokens.map(\.norm) == [
                "selon", "j.-p.", "durand", "et", "r.t.", "mollard", ",", "la", "b.c.e.", "agira", ".",
                "elle",
                "le", "dit", ".",
            ])
        #expect(doc.tokens[1].kind == .word)
        #expect(doc.tokens[1].isCapitalized)
        #expect(doc.tokens[8].isAllCaps)
        #expect(doc.sentences.count == 2)
    }

    @Test func initialsEndTheirSentenceBeforeASentenceOpener() {
        let texts = [
            "La cité a été fondée vers 600 av. J.-C. Le site sera fermé cet été.",
            "Il a vécu aux U.S.A. Le projet sera abandonné.",
            "Le texte a été signé F.L. Les syndicats refusent.",
            "Le bureau est à Washington D.C. Les ventes montent.",
            "Le texte a été rédigé par la B.C.E. Selon lui, il entrera en vigueur.",
            "Le texte a été adopté par l'O.N.U. Mardi, il a été publié.",
            "Le groupe a quitté le P.S. Il siège désormais seul.",
            "Elle a travaillé pour la B.C.E. Elle enseigne aujourd'hui.",
        ]
        for text in texts {
            let doc = tokenizer.document(text)
            #expect(doc.sentences.count == 2, "\(text)")
            let first = doc.tokens[doc.sentences[0].tokens.upperBound - 1]
            #expect(first.kind == .word && first.norm.hasSuffix("."), "\(text)")
        }
    }

    @Test func initialsBeforeTheirNameEndNoSentence() {
        for text in [
            "Le livre de J.-P. Bruneau paraît.", "Selon F.L. Copperman, tout va bien.",
            "Le discours de J.-M. Le Pen a choqué.", "Il cite J.R.R. Tolkien souvent.",
            "Le producteur est R.T. Ozanne Berlier.",
        ] {
            #expect(tokenizer.document(text).sentences.count == 1, "\(text)")
        }
    }

    @Test func leavesLettersThatAreNotInitialsAsBefore() {
        // A word glued after the periods, one initial alone, lower-case abbreviations.
        #expect(norms("A.B.Cdef") == ["a", ".", "b", ".", "cdef"])
        #expect(norms("J. Durand") == ["j.", "durand"])
        #expect(norms("p.ex. ici") == ["p", ".", "ex.", "ici"])
        #expect(norms("38°C. Il") == ["38", "°", "c.", "il"])
    }

    @Test func joinsSpacedThousands() {
        let doc = tokenizer.document("au moins 6 500 personnes et 2\u{202F}000 citoyens le 17 juin")
        #expect(doc.tokens.filter { $0.kind == .number }.map(\.norm) == ["6 500", "2\u{202F}000", "17"])
    }

    @Test func ignoresSoftHyphensInsideWords() {
        let doc = tokenizer.document("gou\u{AD}ver\u{AD}ne\u{AD}ment")
        #expect(doc.tokens.count == 1)
        #expect(doc.tokens[0].norm == "gouvernement")
        #expect(doc.tokens[0].span == Span(0, 15))
    }

    @Test func cutsParagraphsAtLineBreaksAndSkipsBlankLines() {
        let doc = tokenizer.document("Titre\n\nPremier. Second.\n  \nTroisième")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.count == 4)
        #expect(doc.paragraphs[1].span == Span(7, 23))
    }

    @Test func aWordOfManyApostrophesIsCutInLinearTime() {
        // Each apostrophe normalised and looked up the whole word before it: 40,000 took 2.3 s
        // in the release build, quadratic.
        let word = String(repeating: "abcdefgh'ijk", count: 20_000)
        let clock = ContinuousClock()
        var tokens: [Token] = []
        let elapsed = clock.measure { tokens = tokenizer.document("Titre\n" + word + " fin").tokens }
        #expect(elapsed < .seconds(5), "\(elapsed)")
        #expect(tokens.map(\.norm) == ["titre", word, "fin"])
        // Heads of elisions are still read, with soft hyphens and upper case.
        #expect(norms("Lorsqu'il jusqu\u{AD}'à L'État") == ["lorsqu'", "il", "jusqu'", "à", "l'", "état"])
    }
}
