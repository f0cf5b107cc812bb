import ArgumentParser
import Testing

@testable import parole_train

/// `parole-train`'s options are checked when parsed: a bad value is a usage error before any work.
@Suite("parole-train arguments")
struct ParoleTrainArgumentTests {
    @Test("--learner takes log-linear or perceptron and nothing else")
    func learnerIsOneOfTheLearners() throws {
        let command = try ParoleTrain.parseAsRoot(["speaker-weights", "--learner", "perceptron"])
        #expect((command as? SpeakerWeightsCommand)?.learner == .perceptron)
        #expect(throws: (any Error).self) {
            try ParoleTrain.parseAsRoot(["speaker-weights", "--learner", "logistic"])
        }
    }

    @Test("a negative --penalty is a usage error; 0 is accepted")
    func penaltyIsNotNegative() throws {
        _ = try ParoleTrain.parseAsRoot(["speaker-weights", "--penalty", "0"])
        #expect(throws: (any Error).self) {
            try ParoleTrain.parseAsRoot(["speaker-weights", "--penalty", "0.1", "--penalty", "-0.5"])
        }
        let message = ParoleTrain.message(
            for: try #require(throws: (any Error).self) {
                try ParoleTrain.parseAsRoot(["speaker-weights", "--penalty=-1"])
            })
        #expect(message.contains("--penalty must be 0 or more"))
    }

    @Test("train --average-seeds below 1 is a usage error")
    func averageSeedsIsAtLeastOne() throws {
        _ = try ParoleTrain.parseAsRoot(["train", "--average-seeds", "1"])
        for count in ["0", "-2"] {
            let error = try #require(throws: (any Error).self) {
                try ParoleTrain.parseAsRoot(["train", "--average-seeds=\(count)"])
            }
            #expect(ParoleTrain.message(for: error).contains("--average-seeds must be 1 or more"))
            #expect(ParoleTrain.exitCode(for: error) == .validationFailure)
        }
    }

    @Test(
        "a news filter keeps an article number by parity, residue or range",
        arguments: [
            ("even", [402, 420, 440], [401, 403]),
            ("odd", [401, 441], [402]),
            ("1/4", [401, 5], [402, 403]),
            ("401-420", [401, 410, 420], [400, 421, 441]),
        ])
    func newsFilterKeepsTheNumbersItNames(filter: String, kept: [Int], dropped: [Int]) throws {
        let keep = try TrainCommand.newsFilter(Substring(filter))
        for number in kept { #expect(keep(number), "\(filter) keeps \(number)") }
        for number in dropped { #expect(!keep(number), "\(filter) drops \(number)") }
    }

    @Test("a range whose low end is above its high end, or a word, is a bad news filter")
    func aBadNewsFilterIsRejected() {
        for filter in ["420-401", "first", "4-", "-4"] {
            #expect(throws: (any Error).self) { try TrainCommand.newsFilter(Substring(filter)) }
        }
    }
}
