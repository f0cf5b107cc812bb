/// The mentions of every actor that goes by one role head noun ("président"), sorted by where
/// they start, so the actor mentioned last before an offset is one binary search away however
/// many actors share the noun.
struct HeadMentions {
    /// A mention: where it starts, and the actor's rank among those sharing the noun (the order
    /// they took it), which breaks ties between mentions starting at the same offset.
    private struct Mention: Comparable {
        var start: Int
        var rank: Int
        var actor: Int

        /// Ascending by start; at one start, the earlier-ranked actor last, so it is the one found.
        static func < (a: Mention, b: Mention) -> Bool {
            a.start != b.start ? a.start < b.start : a.rank > b.rank
        }
    }

    private var mentions: [Mention] = []
    /// The actors that go by the noun, each with the order in which it took it.
    private var rankOfActor: [Int: Int] = [:]

    /// Records that `actor` goes by the noun, with the mentions it already has.
    mutating func add(actor: Int, starts: some Sequence<Int>) {
        guard rankOfActor[actor] == nil else { return }
        let rank = rankOfActor.count
        rankOfActor[actor] = rank
        let added = starts.map { Mention(start: $0, rank: rank, actor: actor) }.sorted()
        guard let first = added.first else { return }
        if let last = mentions.last, first < last {
            // An actor taking the noun late, with mentions all over the text: one merge of the
            // two sorted lists, not an insertion (a move of the tail) per mention.
            var merged: [Mention] = []
            merged.reserveCapacity(mentions.count + added.count)
            var i = 0
            var j = 0
            while i < mentions.count, j < added.count {
                if added[j] < mentions[i] {
                    merged.append(added[j])
                    j += 1
                } else {
                    merged.append(mentions[i])
                    i += 1
                }
            }
            merged += mentions[i...]
            merged += added[j...]
            mentions = merged
        } else {
            mentions += added
        }
    }

    /// The actors that go by the noun, wherever they are mentioned.
    var actors: Dictionary<Int, Int>.Keys { rankOfActor.keys }

    /// Records a new mention of `actor`, if it goes by the noun.
    mutating func addMention(at start: Int, of actor: Int) {
        guard rankOfActor[actor] != nil else { return }
        insert(start, of: actor)
    }

    /// The actor whose mention starts last before `offset`.
    func actor(before offset: Int) -> Int? {
        let k = firstIndex { $0.start >= offset }
        return k > 0 ? mentions[k - 1].actor : nil
    }

    /// The actor whose mention starts last before `offset` among those `accepts` takes, looking
    /// back over at most `reach` mentions (so that asking stays cheap in a long text).
    func actor(before offset: Int, reach: Int, where accepts: (Int) -> Bool) -> Int? {
        var k = firstIndex { $0.start >= offset } - 1
        var looked = 0
        while k >= 0, looked < reach {
            if accepts(mentions[k].actor) { return mentions[k].actor }
            k -= 1
            looked += 1
        }
        return nil
    }

    private mutating func insert(_ start: Int, of actor: Int) {
        let mention = Mention(start: start, rank: rankOfActor[actor]!, actor: actor)
        // Mentions are mostly found in text order: the common case appends.
        if let last = mentions.last, mention < last {
            mentions.insert(mention, at: firstIndex { !($0 < mention) })
        } else {
            mentions.append(mention)
        }
    }

    /// The first index of `mentions` from which `isAtOrPast` holds (it holds from some index on).
    private func firstIndex(where isAtOrPast: (Mention) -> Bool) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrPast(mentions[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
