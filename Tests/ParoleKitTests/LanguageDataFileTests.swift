import Foundation
import Testing

@testable import ParoleKit

private func temporaryFile(_ data: Data) throws -> String {
    let path = NSTemporaryDirectory() + "parole-data-\(UUID().uuidString).bin"
    try data.write(to: URL(fileURLWithPath: path))
    return path
}

/// A small model with every kind of table, as `parole-train train` would write one.
private func smallModel() -> EntityModel {
    var clusters: [UInt64: UInt32] = [:]
    for k in 1...40 { clusters[FeatureHash.of("mot\(k)")] = UInt32(k) }
    var lexicon = NameLexicon()
    lexicon.add("Nouvelle-Calédonie", .place, Tokenizer(rules: .french))
    lexicon.addSingle("banque", .orgHead)
    let weights = (0..<(64 * EntityLabel.count)).map { Float(($0 * 37) % 101) - 50 }
    return EntityModel(
        buckets: 64, weights: weights,
        clusters: WordClusters(table: clusters, fineOfRow: [3, 1, 2], coarseOfFine: [0, 1, 1, 0]),
        lexicon: lexicon, info: "small")
}

/// The same model in the version 3 layout (no padding, no entry counts), as models were saved
/// before they were mapped in place.
private func version3Bytes(_ model: EntityModel) -> Data {
    var out = Data()
    func append<T: FixedWidthInteger>(_ values: [T]) {
        for v in values { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    }
    out.append(contentsOf: EntityModel.magic)
    append([UInt32(3), UInt32(model.buckets), UInt32(EntityLabel.count), model.scale.bitPattern])
    append([UInt32(model.info.utf8.count)])
    out.append(contentsOf: Array(model.info.utf8))
    let clusters = model.clusters!
    append([UInt32(clusters.table.rawKeys.count)])
    append(clusters.table.rawKeys.array)
    append(clusters.table.rawValues.array)
    append([UInt32(clusters.fineOfRow.count)])
    append(clusters.fineOfRow)
    append([UInt32(clusters.coarseOfFine.count)])
    append(clusters.coarseOfFine)
    append([UInt32(model.lexicon.maxLength), UInt32(model.lexicon.entries.rawKeys.count)])
    append(model.lexicon.entries.rawKeys.array)
    append(model.lexicon.entries.rawValues.array)
    append(model.weights.dense)
    return out
}

@Test func theCommittedFirstNameTableIsBuiltFromItsTextSource() throws {
    let bin = try Data(contentsOf: #require(ResourceFile.url("firstnames.bin")))
    let tsv = try Data(contentsOf: #require(ResourceFile.url("firstnames.tsv")))
    // When this fails, firstnames.tsv changed: run `swift run parole-train resources`.
    #expect(FirstNames.table(fromTSV: tsv) == bin)
    #expect(FirstNames.french.count == FirstNames(rows: ResourceFile.rows("firstnames.tsv")).count)
}

@Test func theShippedModelIsInTheCurrentFormatAndReadInPlace() throws {
    let bytes = try ResourceFile.mapped("ner-model.bin")
    var reader = ResourceReader(bytes)
    _ = try reader.bytes(8)
    // When this fails, a model of an older format was committed: run `swift run parole-train resources`.
    #expect(try reader.scalar(UInt32.self) == EntityModel.formatVersion)
    #expect(EntityModel.french.isInPlace)
    #expect(FirstNames.french.count > 10_000)
}

@Test func aSavedModelIsMappedBackAndTagsAlike() throws {
    let model = smallModel()
    let path = try temporaryFile(model.serialized())
    defer { try? FileManager.default.removeItem(atPath: path) }
    let loaded = try EntityModel(contentsOfFile: path)
    #expect(loaded.isInPlace)
    #expect(loaded.serialized() == model.serialized())
    #expect(loaded.weights.dense == model.weights.dense)
    let document = Tokenizer(rules: .french).document(
        "La Banque de France et la Nouvelle-Calédonie, mot3 mot7.")
    let observations = TokenObservations(
        document: document, lexicon: loaded.lexicon, clusters: loaded.clusters)
    let original = TokenObservations(document: document, lexicon: model.lexicon, clusters: model.clusters)
    #expect(observations.gazetteer == original.gazetteer)
    #expect(observations.cluster == original.cluster)
    #expect(observations.gazetteer.contains { $0 != 0 })
    let sentences = document.sentences.map(\.tokens)
    #expect(loaded.tag(observations, sentences: sentences) == model.tag(original, sentences: sentences))
}

@Test func aModelOfTheOlderUnalignedFormatIsStillRead() throws {
    let model = smallModel()
    let loaded = try EntityModel(data: version3Bytes(model))
    #expect(loaded.serialized() == model.serialized())
    #expect(loaded.clusters?.count == 40)
}

@Test func aMissingModelFileIsAnErrorNamingIt() {
    let path = NSTemporaryDirectory() + "parole-no-such-model.bin"
    do {
        _ = try EntityModel(contentsOfFile: path)
        Issue.record("a missing model loaded")
    } catch {
        #expect(error.file == path)
        #expect(error.description.hasPrefix(path + ": cannot open"))
        #expect(!error.description.contains("\n"))
    }
}

@Test func damagedModelFilesAreErrorsNamingTheFile() throws {
    let good = smallModel().serialized()
    var wrongVersion = good
    wrongVersion[8] = 9
    let cases: [(Data, String)] = [
        (Data(), "empty file"),
        (Data("not a model at all".utf8), "not a Parole NER model"),
        (good.prefix(good.count - 3), "truncated"),
        (good.prefix(40), "truncated"),
        (good + Data([0, 0]), "bytes after the weights"),
        (wrongVersion, "model version 9"),
    ]
    for (bytes, problem) in cases {
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try EntityModel(contentsOfFile: path)
            Issue.record("a damaged model loaded: \(problem)")
        } catch {
            #expect(error.file == path)
            #expect(error.problem.contains(problem), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }
}

@Test func aDamagedFirstNameTableIsAnErrorNamingTheFile() throws {
    let table = FirstNames(rows: [["Marie", "F", "100"], ["Jean", "M", "90"]]).serialized()
    let good = try temporaryFile(table)
    let cut = try temporaryFile(table.prefix(table.count / 2))
    defer {
        try? FileManager.default.removeItem(atPath: good)
        try? FileManager.default.removeItem(atPath: cut)
    }
    let names = try FirstNames(bytes: ResourceBytes(mapping: good, name: good))
    #expect(names.sex(of: "marie") == .female)
    #expect(names.births(of: "Jean") == 90)
    #expect(throws: ResourceError.self) { try FirstNames(bytes: ResourceBytes(mapping: cut, name: cut)) }
    #expect(
        throws: ResourceError(file: "model data", problem: "not a Parole first-name table of this version")
    ) {
        try FirstNames(bytes: ResourceBytes(copying: Data("PAROLNER and more".utf8), name: "model data"))
    }
}

@Test func aSavedTableWithNoFreeSlotStillAnswers() {
    let keys = FixedBuffer<UInt64>((1...16).map { UInt64($0) })
    let values = FixedBuffer<UInt8>([UInt8](repeating: 1, count: 16))
    let table = HashTable(keys: keys, values: values, count: 15)
    #expect(table?[99] == nil)
    #expect(table?[5] == 1)
}

@Test func bucketsWithoutWeightsAreLeftOutAndTheRestKeepTheirPlace() {
    var dense = [Int16](repeating: 0, count: 128 * 3)
    for (b, v) in [(0, 5), (63, -2), (64, 7), (127, 1)] { dense[b * 3 + 1] = Int16(v) }
    let weights = BucketWeights(dense: dense, buckets: 128, labels: 3)
    #expect(weights.values.count == 4 * 3)
    #expect(weights.dense == dense)
    #expect(weights.offset(of: 64) == 6)
    #expect(weights.offset(of: 65) == nil)
    // A slot past its group's weights is refused.
    var slots = weights.slots
    slots[65] = 2
    #expect(
        BucketWeights(buckets: 128, labels: 3, ranks: weights.ranks, slots: slots, values: weights.values)
            == nil)
    #expect(
        BucketWeights(
            buckets: 128, labels: 3, ranks: weights.ranks, slots: weights.slots, values: weights.values)
            != nil)
    // Format 5's bit-set index gives the same slots.
    let bitIndex = FixedBuffer<UInt64>([1 | 1 << 63, 0, 1 | 1 << 63, 2])
    let five = BucketWeights(buckets: 128, labels: 3, bitIndex: bitIndex, values: weights.values)
    #expect(five?.dense == dense)
}

@Test func aPackedTableAnswersLikeTheOpenOneItWasMadeFrom() {
    var rng = SystemRandomNumberGenerator()
    var open = HashTable<UInt16>()
    var present: [UInt64] = [0]
    open.set(0, 7)
    for k in 0..<5000 {
        let key = rng.next() as UInt64
        present.append(key)
        open.set(key, UInt16(k % 60_000))
    }
    let packed = open.packed
    #expect(packed.count == open.count)
    #expect(packed.byteCount < open.byteCount)
    for key in present { #expect(packed[key] == open[key]) }
    #expect(packed[1] == 7)  // 0 and 1 share a slot
    for _ in 0..<5000 {
        let key = rng.next() as UInt64
        #expect(packed[key] == open[key])
    }
    var unpacked = packed
    unpacked.set(42, 1)
    #expect(unpacked[42] == 1 && unpacked[present[9]] == open[present[9]])
}
