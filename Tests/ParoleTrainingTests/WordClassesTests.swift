import Testing

@testable import ParoleKit
@testable import ParoleTraining

@Test func wordVectorClassesAreReadWithTheirCoarseClasses() throws {
    let lines: [Substring] = [
        "# test", "rows\t3\t2\t2", "0\t1\t0", "1\t0\t1", "2\t1\t0", "words\t3", "rows\t2", "lyon\t1",
        "lyon\t0",
    ]
    let classes = try WordVectorClasses(lines: lines)
    #expect(classes.fineOfRow == [1, 0, 1])
    #expect(classes.coarseOfFine == [1, 0])
    // A word spelt like a section header is a word; a repeated word keeps its first row.
    #expect(classes.words.map(\.1) == [2, 1])
    #expect(throws: WordVectorClasses.FormatError.self) { try WordVectorClasses(lines: ["rows\tx"]) }
}

@Test func theTeacherCodeIsTheTypeMostOftenGivenAndHowOften() throws {
    let teacher = try TeacherLexicon(lines: [
        "# t", "canucks\t0\t3\t1\t0", "bravo\t0\t0\t0\t0", "xbox\t0\t1\t0\t2",
    ])
    let codes: [UInt8] = teacher.codes.map(\.1)
    #expect(codes == [19, 0, 34])  // ORG (2) × 8 + 3 sentences; none; MISC (4) × 8 + 2
    #expect(throws: TeacherLexicon.FormatError.self) { try TeacherLexicon(lines: ["x\t1\t2"]) }
}

@Test func tokensSeeTheirWordsCaseVectorAndTeacherClasses() throws {
    let vectors = try WordVectorClasses(lines: [
        "rows\t2\t2\t1", "0\t0\t0", "1\t1\t0", "words\t2", "canucks\t1", "les\t0",
    ])
    let teacher = try TeacherLexicon(lines: ["canucks\t0\t4\t0\t0"])
    var statistics = WordStatistics()
    for _ in 0..<4 { statistics.add(line: "Hier les Canucks ont gagné.") }
    let clusters = statistics.clusters(minimumCount: 1).adding(vectors).adding(teacher)
    let document = Tokenizer(rules: .french).document("Les Canucks gagnent.")
    let o = TokenObservations(document: document, lexicon: NameLexicon(), clusters: clusters)
    // "Canucks": vector row 1 (+1), fine class 1 (+1), coarse 0 (+1), teacher ORG ×4.
    #expect(o.vectorRow[1] == 2)
    #expect(o.vectorFine[1] == 2)
    #expect(o.vectorCoarse[1] == 1)
    #expect(o.teacher[1] == 20)  // ORG (2) × 8 + 4 sentences
    #expect(o.cluster[1] >> 4 == 5)  // always capitalised inside a sentence
    // "gagnent" is unknown.
    #expect(o.vectorRow[2] == 0)
    #expect(o.teacher[2] == 0)
}

@Test func nameReplacementSwapsNamesForWordsOfTheirTypeAndKeepsSpansRight() throws {
    var builder = TextBuilder()
    for (word, type) in [
        ("Jean", EntityType.person), ("Dupont", .person), ("vit", nil), ("à", nil), ("Lyon", .location),
    ] {
        builder.add(word, tag: type, begins: false)
    }
    builder.newline()
    let text = builder.finish(id: "t")
    let replacement = NameReplacement(
        pools: [.location: ["vancouver"], .person: ["gretzky"]], probability: 1)
    let copy = replacement.augmenting(text, seed: 1)
    #expect(copy.text == "Gretzky vit à Vancouver\n")
    let scalars = Array(copy.text.unicodeScalars)
    let names = copy.names.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) }
    #expect(names == ["Gretzky", "Vancouver"])
    #expect(copy.names.map(\.type) == [.person, .location])
    // Nothing replaced at probability 0; the same seed gives the same copy.
    #expect(
        NameReplacement(pools: replacement.pools, probability: 0).augmenting(text, seed: 1).text == text.text)
    let half = NameReplacement(pools: replacement.pools, probability: 0.5)
    #expect(half.augmenting(text, seed: 9).text == half.augmenting(text, seed: 9).text)
}

@Test func theTeacherLexiconKeepsUnanimousWordsByType() throws {
    let teacher = try TeacherLexicon(lines: ["canucks\t0\t4\t0\t0", "raw\t1\t0\t0\t3", "lyon\t0\t0\t4\t0"])
    #expect(teacher.unanimous[.organization] == ["canucks"])
    #expect(teacher.unanimous[.location] == ["lyon"])
    #expect(teacher.unanimous[.miscellaneous] == nil)
}

@Test func wordByWordReplacementKeepsAPersonsSurnameTheSameThroughTheText() throws {
    var builder = TextBuilder()
    for (word, type, begins) in [
        ("Julian", EntityType?.some(.person), false), ("Assange", .person, false), ("parle", nil, false),
        ("à", nil, false), ("Lyon", .location, false), (".", nil, false), ("Assange", .person, true),
        ("part", nil, false), (".", nil, false),
    ] {
        builder.add(word, tag: type, begins: begins, glued: word == ".")
    }
    builder.newline()
    let text = builder.finish(id: "t")
    var replacement = NameReplacement(
        pools: [.location: ["vancouver"], .person: ["gretzky", "lemieux", "orr", "howe", "bossy"]],
        probability: 1)
    replacement.wordByWord = [.person]
    let copy = replacement.augmenting(text, seed: 3)
    let scalars = Array(copy.text.unicodeScalars)
    let names = copy.names.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) }
    #expect(copy.names.map(\.type) == [.person, .location, .person])
    // Two words for the full name, one per word; the surname alone later is the same word.
    let full = names[0].split(separator: " ")
    #expect(full.count == 2)
    #expect(names[2] == String(full[1]))
    #expect(names[1] == "Vancouver")
    #expect(!copy.text.contains("Assange") && !copy.text.contains("Julian"))
}
