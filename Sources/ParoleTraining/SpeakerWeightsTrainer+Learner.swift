import Foundation

extension SpeakerWeightsTrainer {
    /// How weights are fitted to decisions, starting from (and, for the log-linear ranker,
    /// pulled towards) the prior's weights.
    public enum Learner: Sendable, Equatable {
        /// An averaged perceptron: `epochs` passes, each update of size `rate`.
        case perceptron(epochs: Int, rate: Double)
        /// A conditional log-linear ranker fitted by maximum a posteriori with a Gaussian prior
        /// centred on the prior's weights (with `scaled`, times a learned factor), of strength
        /// `penalty` (``trainLogLinear``); with `anyAccepted`, every candidate the gold accepts
        /// is a right answer.
        case logLinear(penalty: Double, anyAccepted: Bool, scaled: Bool)
        /// The prior's weights unchanged (what learning is measured against).
        case priorAlone

        /// The weights fitted on `decisions`; a feature seen in fewer than `minArticles`
        /// articles keeps its prior weight.
        public func train(_ decisions: [Decision], prior: [String: Double], minArticles: Int) -> [String:
            Double]
        {
            switch self {
            case .perceptron(let epochs, let rate):
                SpeakerWeightsTrainer.train(
                    decisions, epochs: epochs, prior: prior, rate: rate, minArticles: minArticles)
            case .logLinear(let penalty, let anyAccepted, let scaled):
                SpeakerWeightsTrainer.trainLogLinear(
                    decisions, prior: prior, penalty: penalty, minArticles: minArticles,
                    anyAccepted: anyAccepted, scaled: scaled)
            case .priorAlone: prior
            }
        }

        /// The learner and its setting in words (for the weights file's header and reports).
        public var description: String {
            switch self {
            case .perceptron(let epochs, let rate):
                "averaged perceptron, \(epochs) \(epochs == 1 ? "epoch" : "epochs"), rate \(rate)"
            case .logLinear(let penalty, let anyAccepted, let scaled):
                "log-linear ranker, maximum a posteriori with a Gaussian prior of penalty \(penalty) centred on "
                    + (scaled ? "the prior times a learned factor, " : "the prior, ")
                    + (anyAccepted ? "any accepted candidate right" : "the first accepted candidate right")
            case .priorAlone: "prior alone"
            }
        }
    }
}
