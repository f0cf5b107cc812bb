import ArgumentParser

/// The way `speaker-weights --learner` fits the weights, as typed on the command line.
enum LearnerName: String, CaseIterable, ExpressibleByArgument {
    /// The log-linear ranker with a Gaussian prior (the shipped weights').
    case logLinear = "log-linear"
    /// The averaged perceptron.
    case perceptron
}
