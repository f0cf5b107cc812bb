import Foundation
import Testing

@testable import ParoleKit

/// The `headings` of an analysis: the title and the lines that read as subheadings, so that a
/// reader can draw them apart from body text.
@Suite struct ArticleHeadingsTests {
    static let article = """
        Les maires de la région réunis à Lyon
        La réunion a rassemblé trois cents élus venus de toute la région, selon les organisateurs.
        Un budget contesté
        Le maire de Lyon, Paul Martin, a jugé le budget « insuffisant ».
        Et maintenant ?
        12 400
        Les élus se retrouveront en mars pour voter.
        « Nous ne céderons rien »
        """

    func headings(_ text: String) -> [(String, HeadingKind)] {
        let analysis = Analyzer().analyze(text: text, id: "t")
        let scalars = Array(text.unicodeScalars)
        return analysis.headings.map { heading in
            (String(String.UnicodeScalarView(scalars[heading.span.start..<heading.span.end])), heading.kind)
        }
    }

    @Test func theTitleAndShortLinesWithoutFullStopAreHeadingsBodyAndFiguresAreNot() {
        let found = headings(Self.article)
        #expect(
            found.map(\.0) == [
                "Les maires de la région réunis à Lyon", "Un budget contesté", "Et maintenant ?",
                "« Nous ne céderons rien »",
            ])
        #expect(found.map(\.1) == [.title, .subheading, .subheading, .subheading])
    }

    @Test func eachHeadingSpansExactlyOneParagraph() {
        let analysis = Analyzer().analyze(text: Self.article, id: "t")
        #expect(!analysis.headings.isEmpty)
        for heading in analysis.headings { #expect(analysis.paragraphs.contains(heading.span)) }
    }

    @Test func aOneParagraphArticleEndingWithAFullStopHasNoTitleHeading() {
        #expect(headings("Le conseil a voté le budget hier soir après un long débat.").isEmpty)
        #expect(headings("Un titre seul").map(\.1) == [.title])
    }

    @Test func aLongQuestionIsBodyText() {
        let question =
            "Faut-il vraiment croire que les élus de la région accepteront sans rien dire un budget "
            + "qui réduit de moitié les aides aux communes rurales les plus pauvres ?"
        #expect(headings("Titre\n" + question).map(\.1) == [.title])
    }

    @Test func headingsSurviveTheJSONAndAnOlderDocumentWithoutThemDecodesWithNone() throws {
        let analysis = Analyzer().analyze(text: Self.article, id: "t")
        let json = AnalysisJSON.encode(analysis, pretty: false)
        #expect(
            String(decoding: json, as: UTF8.self).contains(
                "\"headings\":[{\"end\":37,\"kind\":\"title\",\"start\":0}"))
        #expect(try AnalysisJSON.decode(json) == analysis)
        var object = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        object.removeValue(forKey: "headings")
        let older = try AnalysisJSON.decode(JSONSerialization.data(withJSONObject: object))
        #expect(older.headings.isEmpty)
        #expect(older.quotes == analysis.quotes)
    }

    @Test func aHeadingOfAKindFromANewerWriterDecodesAsASubheading() throws {
        let json = #"{"start": 0, "end": 3, "kind": "footer"}"#
        let heading = try JSONDecoder().decode(Heading.self, from: Data(json.utf8))
        #expect(heading == Heading(span: Span(0, 3), kind: .subheading))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Heading.self, from: Data(#"{"start": 0, "end": 3, "kind": 4}"#.utf8))
        }
    }

    @Test func anAnalysisWhoseHeadingsHoldAnUnknownKindStillDecodes() throws {
        let analysis = Analyzer().analyze(text: Self.article, id: "t")
        let json = String(decoding: AnalysisJSON.encode(analysis, pretty: false), as: UTF8.self)
            .replacingOccurrences(of: #""kind":"title""#, with: #""kind":"kicker""#)
        let decoded = try AnalysisJSON.decode(Data(json.utf8))
        #expect(decoded.headings.map(\.kind).allSatisfy { $0 == .subheading })
        #expect(decoded.quotes == analysis.quotes)
    }

    @Test func anIntroductionEndingWithAColonAndTheItemsOfAListAreBodyText() {
        let text = """
            Incendie dans un immeuble de Grenoble
            Le feu a pris vers minuit au troisième étage, selon les secours.
            La préfète, Anne Roussel, a déclaré :
            « Personne n'a été blessé »
            Les secours ont mis à l'abri :
            - trente habitants ;
            – deux commerces,
            • une crèche
            — Et les voisins ?
            Une enquête ouverte
            """
        #expect(
            headings(text).map(\.0) == [
                "Incendie dans un immeuble de Grenoble", "« Personne n'a été blessé »", "Une enquête ouverte",
            ])
    }
}
