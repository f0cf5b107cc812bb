import Testing

@testable import ParoleKit

@Suite("Actor aliases")
struct ActorAliasTitleTests {
    @Test("a title alone (M., Mme) is not an alias; the surname and the role still are")
    func titlesAreNoAliases() {
        let text = """
            Titre
            « Nous partirons », a déclaré M. Jean Dupont, maire de Lyon. Plus tard, M. Dupont a ajouté : « Rien ne change. » Mme Claire Martin, ministre, a répondu : « Nous verrons. » Selon Mme Martin, tout ira bien.
            """
        let analysis = Analyzer().analyze(text: text, id: "titres")
        let aliases = analysis.actors.flatMap(\.aliases)
        #expect(!aliases.contains("M."))
        #expect(!aliases.contains("Mme"))
        let dupont = analysis.actors.first { $0.name == "Jean Dupont" }
        #expect(dupont?.aliases.contains("Dupont") == true, "\(analysis.actors)")
    }
}
