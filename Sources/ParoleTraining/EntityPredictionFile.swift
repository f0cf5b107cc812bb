import Foundation
import ParoleKit

/// One article's predicted entities as `score.py --predictions` reads them (`{"entities": […]}`),
/// written with sorted keys so the same entities always give the same bytes.
public struct EntityPredictionFile: Encodable {
    /// The entities, in text order.
    public var entities: [Entity]

    /// Creates a prediction file's contents.
    public init(entities: [Entity]) { self.entities = entities }

    /// The JSON bytes: keys sorted, no whitespace.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
