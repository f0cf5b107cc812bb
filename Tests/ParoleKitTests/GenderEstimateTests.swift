import Foundation
import Testing

@testable import ParoleKit

/// The gender of quoted people from the article's own words, "unknown" when they say little.
@Suite struct GenderEstimateTests {
    static let analyzer = Analyzer()

    func gender(of name: String, in text: String) throws -> SpeakerGender {
        let analysis = Self.analyzer.analyze(text: text, id: "test")
        let key = name.lowercased()
        let actor = try #require(
            analysis.actors.first {
                $0.name.lowercased() == key || $0.aliases.contains { $0.lowercased() == key }
            },
            "no actor \(name) in \(analysis.actors.map(\.name))")
        return GenderEstimate().genders(in: analysis)[actor.id] ?? .unknown
    }

    @Test func aTitleTellsTheGender() throws {
        #expect(try gender(of: "Dupré", in: "Titre\n« Nous partirons », a déclaré Mme Dupré.\n") == .female)
        #expect(try gender(of: "Dupré", in: "Titre\n« Nous partirons », a déclaré M. Dupré.\n") == .male)
    }

    @Test func aRoleNounOrItsDeterminerTellsTheGender() throws {
        let text = "Titre\nLa ministre Dominique Lenoir a estimé que la réforme était prête.\n"
        #expect(try gender(of: "Dominique Lenoir", in: text) == .female)
        let actress = "Titre\n« Je reviendrai », a dit l'actrice Claude Berthier.\n"
        #expect(try gender(of: "Claude Berthier", in: actress) == .female)
    }

    @Test func theFirstNameCountsOnlyWhenAlmostAllItsBearersShareASex() throws {
        #expect(try gender(of: "Anne Vautrin", in: "Titre\n« Rien », a déclaré Anne Vautrin.\n") == .female)
        // Claude: about 88 % boys, under the 95 % bar; Camille is mixed.
        #expect(
            try gender(of: "Claude Vautrin", in: "Titre\n« Rien », a déclaré Claude Vautrin.\n") == .unknown)
        #expect(
            try gender(of: "Camille Vautrin", in: "Titre\n« Rien », a déclaré Camille Vautrin.\n") == .unknown
        )
    }

    @Test func aSurnameAloneSaysNothing() throws {
        #expect(try gender(of: "Vautrin", in: "Titre\n« Rien », a déclaré Vautrin.\n") == .unknown)
        #expect(GenderEstimate().firstNameGender("Marie") == nil)
        #expect(GenderEstimate().firstNameGender("Pierre Marie") == .male)
    }

    @Test func aResolvedPronounTellsTheGender() throws {
        let text = "Titre\nDominique Lenoir a parlé lundi.\n« Tout est prêt », a-t-elle affirmé.\n"
        #expect(try gender(of: "Dominique Lenoir", in: text) == .female)
        let he = "Titre\nDominique Lenoir a parlé lundi.\n« Tout est prêt », a-t-il affirmé.\n"
        #expect(try gender(of: "Dominique Lenoir", in: he) == .male)
    }

    @Test func contradictoryEvidenceIsUnknown() {
        var evidence = GenderEstimate.Evidence()
        evidence.female = 2
        evidence.male = 2
        #expect(evidence.gender == .unknown)
        evidence.female = 6
        #expect(evidence.gender == .female)
    }
}

/// Precision of the female/male calls and the share left unknown on the named people quoted
/// in shared/corpus/dev and train, labelled by hand in Fixtures/quoted-people-gender.tsv.
/// Prints the figures (`swift test --filter GenderEstimateEvaluation`, or scripts/eval-gender);
/// skipped when the corpus is not at hand.
@Suite struct GenderEstimateEvaluation {
    struct Label {
        var split: String
        var article: String
        var name: String
        var gender: SpeakerGender
    }

    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func labels() throws -> [Label] {
        let text = try String(
            contentsOf: here.appendingPathComponent("Fixtures/quoted-people-gender.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let gender = SpeakerGender(rawValue: fields[3]) else { return nil }
            return Label(split: fields[0], article: fields[1], name: fields[2], gender: gender)
        }
    }

    /// The part of the data an article belongs to: dev, train-even (tuning) or train-odd (held out).
    static func part(_ label: Label) -> String {
        guard label.split == "train" else { return label.split }
        return (Int(label.article) ?? 0) % 2 == 0 ? "train-even" : "train-odd"
    }

    struct Figures {
        var people = 0
        var calls = 0
        var right = 0
        var unknown = 0
        var notFound = 0
        var femaleCalls = 0
        var femaleRight = 0
        var precision: Double { calls > 0 ? Double(right) / Double(calls) : 1 }
        var unknownShare: Double { people > 0 ? Double(unknown) / Double(people) : 0 }
        var line: String {
            String(
                format:
                    "people %d  calls %d  right %d  precision %.3f  unknown %d (%.1f %%, of which %d not found as actors)",
                people, calls, right, precision, unknown, unknownShare * 100, notFound)
                + "  female calls \(femaleRight)/\(femaleCalls), male calls \(right - femaleRight)/\(calls - femaleCalls)"
        }
    }

    @Test func precisionOfTheCallsAndTheShareLeftUnknown() throws {
        let corpus = Self.here.appendingPathComponent("../../../shared/corpus").standardized
        guard FileManager.default.fileExists(atPath: corpus.path) else { return }
        let analyzer = Analyzer()
        let estimate = GenderEstimate()
        var figures: [String: Figures] = [:]
        var analyses: [String: (Analysis, [String: SpeakerGender])] = [:]
        for label in try Self.labels() {
            let key = label.split + "/" + label.article
            if analyses[key] == nil {
                let text = try String(
                    contentsOf: corpus.appendingPathComponent(key + ".txt"), encoding: .utf8)
                let analysis = analyzer.analyze(text: text, id: label.article)
                analyses[key] = (analysis, estimate.genders(in: analysis))
            }
            let (analysis, genders) = analyses[key]!
            let actor = Self.actor(
                named: try Self.goldNames(
                    of: label.name, in: corpus.appendingPathComponent(key + ".gold.json")),
                in: analysis)
            let called = actor.flatMap { genders[$0.id] } ?? .unknown
            for part in [Self.part(label), "all"] {
                var f = figures[part] ?? Figures()
                f.people += 1
                if actor == nil { f.notFound += 1 }
                if called == .unknown {
                    f.unknown += 1
                } else {
                    f.calls += 1
                    if called == label.gender { f.right += 1 }
                    if called == .female {
                        f.femaleCalls += 1
                        if label.gender == .female { f.femaleRight += 1 }
                    }
                }
                figures[part] = f
            }
            // Held-out articles (train-odd) are reported only in aggregate.
            if called == .unknown, Self.part(label) != "train-odd" {
                print(
                    "gender: \(key) \(label.name): unknown\(actor == nil ? " (not found as an actor)" : "")")
            }
            if called != .unknown && called != label.gender {
                print(
                    "gender: \(key) \(label.name): called \(called.rawValue), labelled \(label.gender.rawValue)"
                )
            }
        }
        for part in ["dev", "train-even", "train-odd", "all"] {
            if let f = figures[part] { print("gender \(part): \(f.line)") }
        }
        let all = try #require(figures["all"])
        #expect(all.precision >= 0.97)
        #expect(all.unknownShare <= 0.2)
    }

    /// The names the gold file accepts for the speaker `name` (canonical first).
    static func goldNames(of name: String, in gold: URL) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any]
        for quote in object?["quotes"] as? [[String: Any]] ?? [] {
            if let names = quote["speaker"] as? [String], names.first == name { return names }
        }
        return [name]
    }

    /// A name without case and leading determiner, to compare names and role phrases.
    static func bare(_ name: String) -> String {
        var key = name.lowercased().replacingOccurrences(of: "’", with: "'")
        for determiner in ["le ", "la ", "les ", "l'"] where key.hasPrefix(determiner) {
            key = String(key.dropFirst(determiner.count))
        }
        return key
    }

    /// The actor that is the labelled person: one of its gold names as name or alias, or the
    /// same surname.
    static func actor(named names: [String], in analysis: Analysis) -> Actor? {
        let keys = Set(names.map(bare))
        let people = analysis.actors.filter { $0.type == .person }
        if let same = people.first(where: {
            keys.contains(bare($0.name)) || $0.aliases.contains { keys.contains(bare($0)) }
        }) {
            return same
        }
        guard let surname = names.first?.lowercased().split(separator: " ").last else { return nil }
        return people.first { $0.name.lowercased().split(separator: " ").last == surname }
    }
}
