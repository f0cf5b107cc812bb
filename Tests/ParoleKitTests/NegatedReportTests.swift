import Testing

@testable import ParoleKit

/// "ne … que" restricts, a negative subject says nothing, and a verb form after a degree adverb
/// is an adjective: no quote hangs on the speech verb; a named subject still reports. Sentences
/// written for these tests.
@Suite struct NegatedReportTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func neQueRestrictsAndReportsNothing() {
        #expect(quotes("Le dossier ne relève que de la compétence du tribunal administratif.").isEmpty)
        #expect(quotes("Sur les douze rapports, trois n'en mentionnent que deux.").isEmpty)
    }

    @Test func aNegativeSubjectReportsNothing() {
        #expect(quotes("Rien ne dit que la croissance reviendra avant l'été prochain.").isEmpty)
        #expect(quotes("Personne ne soutient que le budget sera voté sans retard.").isEmpty)
    }

    @Test func aNamedSubjectStillReports() {
        let q = quotes("La ministre Odile Ferrand affirme que le budget sera voté sans retard.")
        #expect(q.map(\.text) == ["le budget sera voté sans retard"])
    }

    @Test func aVerbFormAfterADegreeAdverbIsAnAdjective() {
        #expect(quotes("La cadette se montre plus inquiète que son frère aîné.").isEmpty)
        #expect(quotes("La cadette s'inquiète que son frère parte.").map(\.text) == ["son frère parte"])
    }

    @Test(arguments: [
        ("Lui aussi affirme que la passerelle sera fermée en juin.", ["la passerelle sera fermée en juin"]),
        ("Elle aussi estime que le chantier doit être revu.", ["le chantier doit être revu"]),
        ("Aussi estime-t-il que le chantier doit être revu.", ["le chantier doit être revu"]),
        ("Romane Delcourt aussi affirme que la halle rouvrira.", ["la halle rouvrira"]),
        ("La cadette se montre plus inquiète que son frère aîné.", []),
        ("Le doyen est très préoccupé que la halle ferme.", []),
        ("Plus inquiète que jamais, la cadette attend.", []),
    ])
    func aSubjectBeforeTheDegreeAdverbKeepsTheSpeechVerb(_ text: String, _ expected: [String]) {
        #expect(quotes(text).map(\.text) == expected)
    }
}
