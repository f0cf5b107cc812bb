import Foundation

/// The features ``EntityNameClassifier`` reads for each whole name of an article: hashes of
/// template numbers with values, computed from the tokens' observations (the same hashes the
/// tagger reads) and the other names of the article. No string is built per feature.
struct EntityNameFeatures {
    let document: Document
    let observations: TokenObservations
    let names: [TokenName]
    /// For each word hash, the indices of the names holding that word.
    private let namesByWord: [UInt64: [Int]]
    /// For each name's text hash, how many names are written so.
    private let countByText: [UInt64: Int]
    /// Each name's text hash (its word hashes mixed in order).
    let textHash: [UInt64]
    /// The initials of each name of several capitalised words ("OMS" of "Organisation mondiale de
    /// la santé"), as a hash of the capital letters, 0 for other names.
    private let initials: [UInt64]

    /// The first of the names that are proposals (capitalised stretches no name covers, whose
    /// current answer is "no name"); `names.count` when there are none.
    let firstProposal: Int

    /// The index in ``EntityNameClassifier/answers`` of the `k`-th name's current answer.
    func answer(_ k: Int) -> UInt64 {
        k >= firstProposal ? 4 : UInt64(EntityNameClassifier.answers.firstIndex(of: names[k].type) ?? 0)
    }

    /// Whether each name (proposals aside) is as the tagger gave it, span and type (no rule
    /// changed it).
    let fromModel: [Bool]

    init(
        document: Document, observations: TokenObservations, names: [TokenName], proposals: Int = 0,
        fromModel: [Bool] = []
    ) {
        self.firstProposal = names.count - proposals
        self.fromModel = fromModel
        self.document = document
        self.observations = observations
        self.names = names
        var byWord: [UInt64: [Int]] = [:]
        var counts: [UInt64: Int] = [:]
        var texts: [UInt64] = []
        var initials: [UInt64] = []
        for (k, name) in names.enumerated() {
            var h: UInt64 = 0
            var letters: [Unicode.Scalar] = []
            for i in name.range {
                let w = observations.word[i]
                h = FeatureHash.mix(h, w)
                if byWord[w]?.last != k { byWord[w, default: []].append(k) }
                let t = document.tokens[i]
                if t.isCapitalized, let first = t.norm.unicodeScalars.first {
                    letters.append(contentsOf: String(first).uppercased().unicodeScalars)
                }
            }
            texts.append(h)
            counts[h, default: 0] += 1
            initials.append(letters.count >= 2 ? FeatureHash.of(scalars: letters) : 0)
        }
        namesByWord = byWord
        countByText = counts
        textHash = texts
        self.initials = initials
    }

    /// EXPERIMENT: templates left out (PAROLE_NAME_FEATURES_OFF=4,5,…).
    static let experimentOff: Set<UInt64> = Set(
        (ProcessInfo.processInfo.environment["PAROLE_NAME_FEATURES_OFF"] ?? "").split(separator: ",")
            .compactMap {
                UInt64($0)
            })

    /// The features of the `k`-th name.
    func of(_ k: Int) -> [UInt64] {
        let name = names[k]
        let r = name.range
        let o = observations
        let tokens = document.tokens
        let type = answer(k)
        let length = UInt64(min(r.count, 4))
        var f: [UInt64] = []
        f.reserveCapacity(16 + 6 * r.count)
        let off = Self.experimentOff
        func add(_ template: UInt64, _ value: UInt64) {
            if !off.contains(template) { f.append(FeatureHash.feature(template, value)) }
        }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) {
            if !off.contains(template) { f.append(FeatureHash.feature(template, a, b)) }
        }
        let first = r.lowerBound
        let last = r.upperBound - 1
        add(1, 0)
        add(2, type)
        if k < fromModel.count { add(34, fromModel[k] ? 1 : 0, type) }
        add(3, type, length)
        var shape: UInt64 = 0
        for i in r {
            add(4, o.word[i])
            add(11, UInt64(o.teacher[i]))
            add(15, UInt64(o.vectorCoarse[i]))
            add(26, o.gazetteer[i])
            shape = FeatureHash.mix(shape, o.shape[i])
        }
        add(20, shape)
        add(5, o.word[first])
        add(6, o.word[last])
        add(12, UInt64(o.teacher[last]))
        add(13, UInt64(o.teacher[first]))
        add(14, type, UInt64(o.teacher[last]))
        add(16, UInt64(o.vectorFine[last]))
        add(17, UInt64(o.vectorFine[first]))
        add(27, o.suffix3[last])
        add(29, UInt64(o.cluster[last]))
        add(30, type, UInt64(o.vectorCoarse[last]))
        // The words around it.
        let before = first - 1
        let after = last + 1
        if before >= 0 {
            add(7, o.word[before])
            add(18, UInt64(o.vectorFine[before]))
            if before >= 1 { add(8, o.word[before - 1], o.word[before]) }
        } else {
            add(7, 1)
        }
        if after < tokens.count {
            add(9, o.word[after])
            add(19, UInt64(o.vectorFine[after]))
            if after + 1 < tokens.count { add(10, o.word[after], o.word[after + 1]) }
        } else {
            add(9, 1)
        }
        // Quotation marks or brackets around it.
        let opens = before >= 0 && (tokens[before].kind == .openQuote || tokens[before].norm == "(")
        let closes = after < tokens.count && (tokens[after].kind == .closeQuote || tokens[after].norm == ")")
        add(21, (opens ? 2 : 0) + (closes ? 1 : 0))
        add(31, o.flags[first].contains(.sentenceInitial) ? 1 : 0, length)
        add(22, tokens[first].isAllCaps && r.count == 1 ? 1 : 0, type)
        // The article: how often it is written so, the types of other names sharing its words.
        add(28, UInt64(min(countByText[textHash[k]] ?? 1, 3)))
        var seen: Set<UInt64> = []
        for i in r {
            for other in namesByWord[o.word[i]] ?? [] where other != k {
                let relation: UInt64 =
                    textHash[other] == textHash[k] ? 0 : names[other].range.count > r.count ? 1 : 2
                let otherType = answer(other)
                let key = FeatureHash.feature(23, relation, otherType)
                if !off.contains(23), seen.insert(key).inserted {
                    f.append(key)
                    add(24, type, relation &* 8 &+ otherType)
                }
            }
        }
        // The words before and after the other occurrences written the same way ("le navire X").
        for other in namesByWord[o.word[first]] ?? [] where other != k && textHash[other] == textHash[k] {
            let b = names[other].range.lowerBound - 1
            let a = names[other].range.upperBound
            if b >= 0 { add(32, o.word[b]) }
            if a < tokens.count { add(33, o.word[a]) }
        }
        // An acronym and the name it stands for.
        if r.count == 1 && tokens[first].isAllCaps {
            let own = FeatureHash.of(scalars: tokens[first].norm.uppercased().unicodeScalars)
            for (other, h) in initials.enumerated() where h == own && other != k {
                add(25, answer(other))
                break
            }
        }
        return f
    }
}
