import Foundation

/// A learned second look at each whole name after the token tagger: a multinomial log-linear
/// model over features of the name's words, its context and the article (the words in it, its
/// first and last word, the words before and after it, the teacher's codes and vector classes of
/// its words, quotation marks or brackets around it, the types of the other names sharing its
/// words, an acronym spelled by another name) that gives each name a probability of being a
/// person, an organisation, a place, another named thing, or no name at all. A name is retyped
/// (or dropped) only when another answer is more probable than its current type by
/// ``margin``. Trained by `parole-train name-classifier` on the gold news articles, tagged by
/// taggers that never saw them.
package struct EntityNameClassifier: Sendable {
    /// The answers, in the order of the weights: the four types, then "no name".
    package static let answers: [EntityType?] = [.person, .organization, .location, .miscellaneous, nil]
    /// The file format's version.
    static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("PNCL".utf8)

    /// The feature keys, sorted.
    let keys: [UInt64]
    /// The weights, ``answers`` per key.
    let weights: [Float]
    /// How much more probable another answer must be than the current type to replace it.
    package var margin: Float
    /// Whether a name may be dropped (answer "no name").
    package var drops: Bool
    /// The entity rule the classifier runs before (its type name; nil: after every rule). It was
    /// trained on the names the rules before it give.
    package var before: String?

    /// A classifier with the given sorted keys and their weights (`answers.count` per key).
    package init(keys: [UInt64], weights: [Float], margin: Float, drops: Bool, before: String?) {
        self.keys = keys
        self.weights = weights
        self.margin = margin
        self.drops = drops
        self.before = before
    }

    /// The shipped French classifier, or nil when the package holds none.
    package static let french: EntityNameClassifier? = {
        guard ResourceFile.path(resourceName) != nil else { return nil }
        do { return try EntityNameClassifier(bytes: ResourceFile.mapped(resourceName)) } catch {
            ResourceFile.unusable(error)
        }
    }()

    /// The resource's name in the `fr` folder.
    package static let resourceName = "name-classifier.bin"

    /// Reads a classifier file.
    package init(contentsOfFile path: String) throws(ResourceError) {
        try self.init(bytes: ResourceBytes(mapping: path, name: path))
    }

    init(bytes: ResourceBytes) throws(ResourceError) {
        var reader = ResourceReader(bytes)
        guard try reader.bytes(4) == Self.magic else { throw reader.error("not a name classifier") }
        let version = try reader.scalar(UInt32.self)
        guard version == Self.formatVersion else {
            throw reader.error("format version \(version), expected 1")
        }
        margin = Float(bitPattern: try reader.scalar(UInt32.self))
        drops = try reader.scalar(UInt32.self) != 0
        let ruleLength = try reader.count(limit: 200)
        let rule = String(decoding: try reader.bytes(ruleLength), as: UTF8.self)
        before = rule.isEmpty ? nil : rule
        let n = try reader.count(limit: 1 << 24)
        reader.align()
        keys = try reader.array(UInt64.self, n)
        weights = try reader.array(UInt32.self, n * Self.answers.count).map { Float(bitPattern: $0) }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.error("keys out of order")
        }
    }

    /// The file's bytes.
    package func serialized() -> [UInt8] {
        var writer = ResourceWriter()
        writer.bytes(Self.magic)
        writer.scalar(Self.formatVersion)
        writer.scalar(margin.bitPattern)
        writer.scalar(UInt32(drops ? 1 : 0))
        let rule = Array((before ?? "").utf8)
        writer.scalar(UInt32(rule.count))
        writer.bytes(rule)
        writer.scalar(UInt32(keys.count))
        writer.align()
        writer.array(keys)
        writer.array(weights.map(\.bitPattern))
        return [UInt8](writer.data)
    }

    /// The number of features with weights.
    package var featureCount: Int { keys.count }

    /// The probability of each answer for a name with these features.
    package func probabilities(_ features: [UInt64]) -> [Float] {
        let k = Self.answers.count
        var scores = [Float](repeating: 0, count: k)
        for f in features {
            guard let at = index(of: f) else { continue }
            for a in 0..<k { scores[a] += weights[at * k + a] }
        }
        let top = scores.max() ?? 0
        let e = scores.map { Float(exp(Double($0 - top))) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    private func index(of key: UInt64) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// EXPERIMENT: only names the rules left as the model gave them (PAROLE_NAME_MODELONLY=1).
    static let experimentModelOnly = ProcessInfo.processInfo.environment["PAROLE_NAME_MODELONLY"] == "1"
    /// EXPERIMENT: no retyping (PAROLE_NAME_RETYPE_OFF=1), the proposals' own margin.
    static let experimentRetypeOff = ProcessInfo.processInfo.environment["PAROLE_NAME_RETYPE_OFF"] == "1"
    static let experimentProposalMargin = ProcessInfo.processInfo.environment["PAROLE_NAME_PROPOSAL_MARGIN"]
        .flatMap {
            Float($0)
        }
    /// EXPERIMENT: propose capitalised stretches no name covers (PAROLE_NAME_PROPOSE=1).
    package static let experimentPropose = ProcessInfo.processInfo.environment["PAROLE_NAME_PROPOSE"] == "1"

    /// Capitalised stretches inside sentences that no name covers nor touches, as names to
    /// classify (their type is a placeholder: their current answer is "no name").
    static func proposals(in document: Document, observations: TokenObservations, besides names: [TokenName])
        -> [TokenName]
    {
        let tokens = document.tokens
        var covered = [Bool](repeating: false, count: tokens.count + 1)
        for name in names {
            for i in name.range { covered[i] = true }
        }
        var out: [TokenName] = []
        var i = 0
        func proposable(_ i: Int) -> Bool {
            i < tokens.count && !covered[i] && tokens[i].kind == .word
                && (tokens[i].isCapitalized || tokens[i].isAllCaps)
        }
        while i < tokens.count {
            guard proposable(i), !observations.flags[i].contains(.sentenceInitial) else {
                i += 1
                continue
            }
            var end = i + 1
            while proposable(end) { end += 1 }
            let touches = (i > 0 && covered[i - 1]) || covered[end]
            if !touches { out.append(TokenName(i..<end, .miscellaneous)) }
            i = end
        }
        return out
    }

    /// EXPERIMENT: one decision per string (PAROLE_NAME_GROUP=1).
    static let experimentGroup = ProcessInfo.processInfo.environment["PAROLE_NAME_GROUP"] == "1"

    /// The names retyped or dropped where the model is surer of another answer.
    func apply(
        to names: [TokenName], document: Document, observations: TokenObservations,
        mayChange: (TokenName) -> Bool = { _ in true }, fromModel: (TokenName) -> Bool = { _ in true }
    ) -> [TokenName] {
        let proposals =
            Self.experimentPropose
            ? Self.proposals(in: document, observations: observations, besides: names) : []
        let features = EntityNameFeatures(
            document: document, observations: observations, names: names + proposals,
            proposals: proposals.count, fromModel: names.map(fromModel))
        var p = features.names.indices.map { probabilities(features.of($0)) }
        if Self.experimentGroup {
            // one decision per way of writing the name: the mean of its occurrences' answers
            var sums: [UInt64: [Float]] = [:]
            var counts: [UInt64: Float] = [:]
            for k in features.names.indices {
                let h = features.textHash[k]
                sums[h] = zip(sums[h] ?? [Float](repeating: 0, count: p[k].count), p[k]).map { $0 + $1 }
                counts[h, default: 0] += 1
            }
            for k in features.names.indices {
                let h = features.textHash[k]
                p[k] = sums[h]!.map { $0 / counts[h]! }
            }
        }
        var out: [TokenName] = []
        out.reserveCapacity(names.count)
        for (i, name) in names.enumerated() {
            let p = p[i]
            let current = Self.answers.firstIndex(of: name.type) ?? 0
            var best = current
            for a in p.indices where (a < 4 || drops) && p[a] > p[best] { best = a }
            guard !Self.experimentRetypeOff, best != current, p[best] - p[current] > margin, mayChange(name)
            else {
                out.append(name)
                continue
            }
            guard let type = Self.answers[best] else { continue }
            var retyped = name
            retyped.type = type
            out.append(retyped)
        }
        for (j, proposal) in proposals.enumerated() {
            let p = p[names.count + j]
            guard let best = (0..<4).max(by: { p[$0] < p[$1] }),
                p[best] - p[4] > (Self.experimentProposalMargin ?? margin)
            else { continue }
            out.append(TokenName(proposal.range, Self.answers[best]!))
        }
        if !proposals.isEmpty { out.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return out
    }
}
