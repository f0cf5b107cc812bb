import ArgumentParser
import Foundation
import ParoleKit
import ParoleTraining

/// `parole-train train`: rebuilds the shipped model from `../shared/data`.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Rebuild the entity model from the licensed training corpora.")

    @Option(help: "The shared data folder.")
    var data = "../shared/data"
    @Option(help: "Where to write the model.")
    var output = "Sources/ParoleKit/Resources/fr/ner-model.bin"
    @Option(help: "Passes over the training data.")
    var epochs = 5
    @Option(help: "How many times the modern Sequoia train split counts.")
    var sequoiaWeight = 5
    @Option(help: "Seed of the order in which sentences are visited.")
    var seed: UInt64 = 42
    @Option(
        help:
            "Train this many models (1 or more), with --seed and seeds derived from it, and average their weights (1: one model)."
    )
    var averageSeeds = 1
    @Option(help: "log2 of the number of hash buckets.")
    var bucketBits = 19
    @Flag(inversion: .prefixedNo, help: "Learn word case/frequency classes from the CC0 Assemblée raw text.")
    var wordClasses = true
    @Option(help: "Word-vector classes (scripts/build-word-vector-classes.py); an empty path trains without.")
    var vectorClasses = "TrainingData/fr/word-vector-classes.tsv.xz"
    @Option(help: "The teacher's verdicts on words (scripts/build-teacher-lexicon.py); empty: none.")
    var teacherLexicon = "TrainingData/fr/teacher-lexicon.tsv.xz"
    @Option(
        help:
            "With a teacher lexicon, add a copy of each text where this share of names is replaced by words the teacher always gave their type (0: none)."
    )
    var replaceNames = 0.3
    @Option(
        help:
            "Types whose names are replaced word by word, each word the same way throughout a text, comma-separated (PER,ORG,LOC,MISC; \"\": whole names)."
    )
    var replaceWordByWord = "PER"
    @Option(help: "Corpora to train on, comma-separated: europeana, hipe, sequoia.")
    var sources = "europeana,hipe,sequoia"
    @Option(
        help: """
            News articles annotated on the guidelines to train on, comma-separated gold directories; \
            DIR:even or DIR:odd keeps the files with an even or odd number, DIR:R/M those whose number \
            is R modulo M, DIR:LO-HI those numbered LO to HI (filters chain: DIR:even:401-420; the odd \
            half of ../shared/corpus/train is the held-out check; "" for none); \
            a suffix *W makes that directory's articles count W times instead of --news-weight, and \
            a last suffix @TYPE+TYPE (PER, ORG, LOC, MISC) makes them teach those types only.
            """)
    var news = "../shared/corpus/dev,../shared/corpus/train:even"
    @Option(help: "How many times each news article counts.")
    var newsWeight = 3
    @Flag(
        inversion: .prefixedNo,
        help: "Train towards the best label reachable from the model's own history (dynamic oracle).")
    var dynamicOracle = true
    @Option(help: "Epochs, from the first, trained with the gold labels as history (then the model's own).")
    var goldHistoryEpochs = 2
    @Flag(
        inversion: .prefixedNo,
        help: "Inside a name the model opened with another type, the oracle's target goes on with it.")
    var continueWrongType = true
    @Option(help: "After those epochs, the chance that the history follows the model's own guess.")
    var exploration = 1.0
    @Option(help: "Also report F1 on this gold directory after training (tuning only, never trained on).")
    var devDir: String?

    /// Rejects an `--average-seeds` below 1 before any work.
    func validate() throws {
        guard averageSeeds >= 1 else {
            throw ValidationError("--average-seeds must be 1 or more (got \(averageSeeds))")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let ner = data + "/ner"
        var texts: [(AnnotatedText, weight: Int)] = []
        let use = Set(sources.split(separator: ",").map(String.init))
        let europeana =
            use.contains("europeana") ? try NERCorpus.europeana(ner + "/europeana-fr-bnf/enp_FR.bnf.bio") : []
        texts += europeana.map { ($0, 1) }
        var hipeCount = 0
        for split in ["dev", "dev2", "test"] where use.contains("hipe") {
            let hipe = try NERCorpus.hipe(ner + "/hipe2022-newseye-fr/HIPE-2022-v2.1-newseye-\(split)-fr.tsv")
            hipeCount += hipe.count
            texts += hipe.map { ($0, 1) }
        }
        let sequoia =
            !use.contains("sequoia")
            ? [] : try NERCorpus.sequoia(ner + "/sequoia-ne/sequoia-ud.parseme.frsemcor.train")
        texts += sequoia.map { ($0, sequoiaWeight) }
        let weightedArticles = try newsArticles()
        let articles = weightedArticles.map(\.text)
        texts += weightedArticles.map { ($0.text, $0.weight) }
        print(
            "training texts: Europeana \(europeana.count), HIPE \(hipeCount), Sequoia train \(sequoia.count) ×\(sequoiaWeight), news \(articles.count) ×\(newsWeight)"
        )
        let info =
            "Parole French NER; averaged perceptron, \(epochs) epochs, 2^\(bucketBits) buckets"
            + (goldHistoryEpochs > 0 ? ", gold history for \(goldHistoryEpochs) epochs" : "")
            + (dynamicOracle ? ", dynamic oracle" + (continueWrongType ? " keeping boundaries" : "") : "")
            + (exploration < 1 ? ", exploration \(exploration)" : "") + "; sources \(sources) "
            + "(Europeana BnF CC0, HIPE-2022 NewsEye fr CC BY 4.0, Sequoia train ×\(sequoiaWeight) LGPL-LR"
            + (articles.isEmpty ? ")" : ", \(articles.count) news articles ×\(newsWeight): \(news))")
            + (wordClasses ? "; case classes from the Assemblée debates (CC0)" : "")
            + (vectorClasses.isEmpty ? "" : "; word-vector classes (fr_core_news_md vectors, CC0)")
            + (teacherLexicon.isEmpty ? "" : "; teacher lexicon (fr_core_news_md read out of context)")
            + (teacherLexicon.isEmpty || replaceNames == 0
                ? ""
                : "; names replaced in a copy of the texts (p = \(replaceNames)"
                    + (replaceWordByWord.isEmpty ? "" : ", \(replaceWordByWord) word by word") + ")")
            + (averageSeeds > 1 ? "; weights averaged over \(averageSeeds) seeds from \(seed)" : "")
        var clusters: WordClusters? = nil
        var nameReplacement: NameReplacement? = nil
        if wordClasses {
            var statistics = WordStatistics()
            for part in 0..<3 {
                let path =
                    data + "/raw/assemblee-nationale-debats/assemblee_nationale_debats_cv_part0\(part).txt.xz"
                for line in try decompressedLines(path) { statistics.add(line: String(line)) }
            }
            clusters = statistics.clusters()
            print("word classes: \(clusters!.count) words from the Assemblée debates")
        }
        if !vectorClasses.isEmpty {
            let vectors = try WordVectorClasses(lines: try decompressedLines(vectorClasses))
            clusters = (clusters ?? WordClusters(table: [:])).adding(vectors)
            print(
                "word-vector classes: \(vectors.words.count) words; \(clusters!.count) words with a class in all"
            )
        }
        if !teacherLexicon.isEmpty {
            let teacher = try TeacherLexicon(lines: try decompressedLines(teacherLexicon))
            clusters = (clusters ?? WordClusters(table: [:])).adding(teacher)
            print("teacher lexicon: \(teacher.codes.count) words")
            if replaceNames > 0 {
                var replacement = NameReplacement(pools: teacher.unanimous, probability: replaceNames)
                replacement.wordByWord = Set(
                    try replaceWordByWord.split(separator: ",").map {
                        guard let type = EntityType(rawValue: String($0)) else {
                            throw ValidationError(
                                "bad type \($0) for --replace-word-by-word: PER, ORG, LOC or MISC")
                        }
                        return type
                    })
                nameReplacement = replacement
            }
        }
        let runs = EntityModelTrainer.seeds(from: seed, count: averageSeeds).map { runSeed in
            guard let nameReplacement else { return (texts: texts, seed: runSeed) }
            let copies = texts.enumerated().map { k, t in
                (nameReplacement.augmenting(t.0, seed: runSeed &+ UInt64(k)), t.weight)
            }
            print("name replacement (seed \(runSeed)): \(copies.count) texts copied")
            return (texts: texts + copies, seed: runSeed)
        }
        var trainer = EntityModelTrainer(epochs: epochs, buckets: 1 << bucketBits, seed: seed)
        trainer.dynamicOracle = dynamicOracle
        trainer.goldHistoryEpochs = goldHistoryEpochs
        trainer.exploration = exploration
        trainer.continueWrongType = continueWrongType
        let model = trainer.trainAveraged(runs, clusters: clusters, info: info) { print($0) }
        try model.serialized().write(to: URL(fileURLWithPath: output))
        let elapsed = clock.now - start
        print("wrote \(output) in \(elapsed.components.seconds) s")
        if let devDir {
            let e = EntityEvaluation.evaluate(
                ModelEntityRecognizer(model: model), on: try NERCorpus.goldDirectory(devDir))
            print(e.report)
        }
    }

    /// The news articles `news` names, read as gold directories and filtered by file number, each
    /// with the weight its directory's `*W` suffix gives (`newsWeight` without one).
    private func newsArticles() throws -> [(text: AnnotatedText, weight: Int)] {
        var out: [(text: AnnotatedText, weight: Int)] = []
        for typedSpec in news.split(separator: ",") {
            var weightedSpec = typedSpec
            var learnedTypes: Set<EntityType>? = nil
            if let at = typedSpec.lastIndex(of: "@") {
                weightedSpec = typedSpec[..<at]
                learnedTypes = Set(
                    try typedSpec[typedSpec.index(after: at)...].split(separator: "+").map {
                        guard let type = EntityType(rawValue: String($0)) else {
                            throw ValidationError(
                                "bad type \($0) in \(typedSpec): DIR@TYPE+TYPE with PER, ORG, LOC, MISC")
                        }
                        return type
                    })
            }
            var spec = weightedSpec
            var weight = newsWeight
            if let star = weightedSpec.lastIndex(of: "*") {
                guard let w = Int(weightedSpec[weightedSpec.index(after: star)...]), w >= 1 else {
                    throw ValidationError(
                        "bad news weight in \(weightedSpec): DIR*W with W a whole number, 1 or more")
                }
                spec = weightedSpec[..<star]
                weight = w
            }
            let parts = spec.split(separator: ":")
            let keeps = try parts.dropFirst().map(Self.newsFilter)
            for text in try NERCorpus.goldDirectory(String(parts[0])) {
                if !keeps.isEmpty {
                    let digits = text.id.unicodeScalars.filter { ("0"..."9").contains($0) }
                    guard let number = Int(String(String.UnicodeScalarView(digits))),
                        keeps.allSatisfy({ $0(number) })
                    else { continue }
                }
                var text = text
                text.learnedTypes = learnedTypes
                out.append((text, weight))
            }
        }
        return out
    }

    /// The test a news filter makes on an article's number: `even`, `odd`, `R/M` (number modulo M is
    /// R) or `LO-HI` (LO to HI, both included).
    static func newsFilter(_ filter: Substring) throws -> (Int) -> Bool {
        if filter == "even" || filter == "odd" {
            let r = filter == "even" ? 0 : 1
            return { $0 % 2 == r }
        }
        if let slash = filter.firstIndex(of: "/"), let r = Int(filter[..<slash]),
            let m = Int(filter[filter.index(after: slash)...]), m > 0
        {
            return { $0 % m == r }
        }
        if let dash = filter.firstIndex(of: "-"), let low = Int(filter[..<dash]),
            let high = Int(filter[filter.index(after: dash)...]), low <= high
        {
            return { (low...high).contains($0) }
        }
        throw ValidationError("bad news filter \(filter): even, odd, R/M or LO-HI")
    }

    /// The lines of an xz-compressed text file, read through the `xz` tool.
    private func decompressedLines(_ path: String) throws -> [Substring] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xz", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("cannot decompress \(path)") }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
    }
}
