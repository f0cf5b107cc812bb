import Testing

@testable import ParoleKit

/// The features that tell the turns of an exchange in guillemets (a hearing, an interview): the
/// article's protagonist answers (`answermain`) and seldom asks (`askmain`).
@Suite struct ExchangeTurnFeatureTests {
    let analyzer = Analyzer()

    /// The features of the candidate named `name` in the ranking of the first quote whose words
    /// start with `words`.
    func features(_ text: String, quote words: String, of name: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let sample = analyzer.speakerSamples(text: text).first { s in
            s.quote.start < s.quote.end && s.quote.end <= scalars.count
                && String(String.UnicodeScalarView(scalars[s.quote.start..<s.quote.end])).hasPrefix(words)
        }
        return sample?.candidates.first { $0.names.contains(name) }?.features ?? []
    }

    /// A hearing whose title names no one; the accused is named most, paragraphs before.
    static let hearing = """
        Rennes : l'ancien trésorier du club devant le tribunal

        Devant le tribunal correctionnel, mardi, Marc Le Goff, 58 ans, n'a pas cherché à nier. Marc Le Goff est poursuivi pour abus de confiance.

        Entre 2024 et 2028, 87 400 euros ont quitté les comptes du club, selon le rapport de l'expert-comptable.

        La présidente du tribunal, Hélène Carpentier, a déroulé les relevés un à un. « Ces retraits de 500 euros, à quoi servaient-ils ? » « Au début, à payer les arbitres. Après, je ne sais plus. » « Vous jouiez combien par semaine ? » « Parfois trois cents euros. »
        """

    @Test func theProtagonistIsMarkedAsAnsweringWhatSomeoneElseAsked() {
        let cases: [(words: String, name: String, marked: Bool)] = [
            ("Au début", "Marc Le Goff", true),
            ("Au début", "Hélène Carpentier", false),
            ("Parfois trois cents", "Marc Le Goff", true),
        ]
        for c in cases {
            let f = features(Self.hearing, quote: c.words, of: c.name)
            #expect(!f.isEmpty, "\(c.name) is a candidate for « \(c.words) »")
            #expect(f.contains { $0.hasSuffix(":answermain") } == c.marked, "\(c.name), « \(c.words) »")
        }
    }

    @Test func theProtagonistIsMarkedWhenAQuestionIsRanked() {
        let f = features(Self.hearing, quote: "Vous jouiez", of: "Marc Le Goff")
        #expect(f.contains { $0.hasSuffix(":askmain") })
        #expect(!f.contains { $0.hasSuffix(":answermain") })
    }
}
