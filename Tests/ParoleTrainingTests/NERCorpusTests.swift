import Foundation
import Testing

@testable import ParoleKit
@testable import ParoleTraining

private func temporaryFile(_ content: String) throws -> String {
    let path = NSTemporaryDirectory() + "parole-ner-\(UUID().uuidString).txt"
    try content.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Test func conllFilesBecomeTextWithNameSpans() throws {
    let path = try temporaryFile(
        "0\tLe\tO\n1\tprésident\tO\n2\tEmmanuel\tB-PER\n3\tMacron\tI-PER\n4\tà\tO\n5\tParis\tB-LOC\n\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let texts = try NERCorpus.conll(path)
    #expect(texts.count == 1)
    let t = texts[0]
    #expect(t.text == "Le président Emmanuel Macron à Paris\n")
    #expect(t.names.map(\.type) == [.person, .location])
    #expect(t.names[0].span == Span(13, 28))
}

@Test func sequoiaNamesSpanMultiwordTokens() throws {
    let rows = [
        "# sent_id = x", "1\tLa\tle\tDET\t_\t_\t2\tdet\t_\t_\t*\t*",
        "2\tBanque\tbanque\tPROPN\t_\t_\t0\troot\t_\t_\t1:PROPN|NE-ORG.final|_\t*",
        "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\t_\t_", "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\t1\t*",
        "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\t1\t*",
        "5\tCanada\tCanada\tPROPN\t_\t_\t2\tnmod\t_\tSpaceAfter=No\t1\t*",
        "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\t*\t*", "",
    ]
    let path = try temporaryFile(rows.joined(separator: "\n") + "\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let texts = try NERCorpus.sequoia(path)
    #expect(texts.count == 1)
    #expect(texts[0].text == "La Banque du Canada.\n")
    #expect(texts[0].names == [AnnotatedText.Name(span: Span(3, 19), type: .organization)])
}

@Test func evaluationCountsExactSpansPerType() {
    var e = EntityEvaluation()
    let gold: Set<AnnotatedText.Name> = [
        .init(span: Span(0, 5), type: .person), .init(span: Span(9, 14), type: .location),
    ]
    let predicted: Set<AnnotatedText.Name> = [
        .init(span: Span(0, 5), type: .person), .init(span: Span(9, 13), type: .location),
    ]
    e.add(predicted: predicted, gold: gold)
    #expect(e.all.truePositives == 1)
    #expect(e.all.f1 == 0.5)
    #expect(e.byType[.person]?.f1 == 1)
    #expect(e.byType[.location]?.f1 == 0)
}
