import Testing

@testable import ParoleKit

/// « A, a-t-elle déclaré au quotidien régional. B »: the attribution given inside the marks may
/// close its sentence with the verb's complements, as an incise outside the marks does; the
/// marks still split into two quotes with one speaker. Sentences written for these tests.
@Suite struct InsideAttributionComplementTests {
    let analyzer = Analyzer()

    func quotes(_ text: String) -> [Quote] { analyzer.quotes(inBody: text) }

    @Test func aComplementAfterTheInsideAttributionStaysInIt() {
        let q = quotes(
            "« Nous rouvrirons en mai, a-t-elle déclaré au quotidien régional. Les tarifs ne changeront pas. »"
        )
        #expect(q.map(\.text) == ["Nous rouvrirons en mai", "Les tarifs ne changeront pas."])
        #expect(q.allSatisfy { $0.kind == .direct })
    }

    @Test func aNamedSpeakerWithAComplementSplitsTheMarksToo() {
        let q = quotes(
            "« Tout est prêt, explique le directeur à la radio locale. Il ne manque que le public. »")
        #expect(q.map(\.text) == ["Tout est prêt", "Il ne manque que le public."])
    }
}
