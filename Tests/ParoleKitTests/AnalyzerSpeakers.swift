@testable import ParoleKit

extension Analysis {
    /// The actor of each quote's speaker, in the order of the quotes.
    var speakerActors: [Actor?] {
        quotes.map { $0.speaker?.actor.flatMap { actor(id: $0) } }
    }
}

extension Analyzer {
    /// The actor of each quote's speaker in `text`, in the order of the quotes.
    func speakerActors(_ text: String) -> [Actor?] {
        analyze(text: text, id: "t").speakerActors
    }

    /// The name of each quote's speaker in `text` (nil: no actor), in the order of the quotes.
    func speakerNames(_ text: String) -> [String?] {
        speakerActors(text).map { $0?.name }
    }
}
