extension QuoteStatistics {
    /// The statistics of `analyses` (one article, or the articles open in the reader): actors
    /// are told apart by name across articles, the gender is estimated from each article's words
    /// (`genders` gives genders already known, by article index and actor identifier). Without
    /// dates or sites, `byMonth` and `bySite` stay empty.
    public init(analyses: [Analysis], genders known: [Int: [String: SpeakerGender]] = [:], top: Int = 10) {
        self.init()
        let estimate = GenderEstimate()
        var perActor: [String: (name: String, kind: String, quotes: Int, genders: Set<SpeakerGender>)] = [:]
        var order: [String] = []
        for (index, analysis) in analyses.enumerated() {
            let genders = known[index] ?? estimate.genders(in: analysis)
            var actors: [String: Actor] = [:]
            for actor in analysis.actors { actors[actor.id] = actor }
            for quote in analysis.quotes {
                quotes += 1
                guard let id = quote.speaker?.actor, let actor = actors[id] else {
                    byType["unattributed", default: 0] += 1
                    continue
                }
                let kind = SpeakerKind.of(actor).rawValue
                byType[kind, default: 0] += 1
                let key = kind + "|" + actor.name.lowercased()
                if perActor[key] == nil {
                    perActor[key] = (actor.name, kind, 0, [])
                    order.append(key)
                }
                perActor[key]!.quotes += 1
                if let gender = genders[id], gender != .unknown { perActor[key]!.genders.insert(gender) }
            }
        }
        func gender(_ entry: (name: String, kind: String, quotes: Int, genders: Set<SpeakerGender>))
            -> SpeakerGender
        {
            entry.kind == SpeakerKind.person.rawValue && entry.genders.count == 1
                ? entry.genders.first! : .unknown
        }
        for key in order {
            let entry = perActor[key]!
            speakersByType[entry.kind, default: 0] += 1
            if entry.kind == SpeakerKind.person.rawValue {
                people[gender(entry).rawValue, default: 0] += 1
                peopleQuotes[gender(entry).rawValue, default: 0] += entry.quotes
            }
        }
        self.top = order.enumerated().sorted {
            (perActor[$0.element]!.quotes, -$0.offset) > (perActor[$1.element]!.quotes, -$1.offset)
        }.prefix(max(0, top)).map {
            let entry = perActor[$0.element]!
            return TopActor(
                actor: entry.name, quotes: entry.quotes, type: entry.kind, gender: gender(entry).rawValue)
        }
    }
}
