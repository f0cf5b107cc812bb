/// The words of several quotes (the folded forms of their word-like tokens), indexed so that
/// whether one of them holds a run of words, whole and in order, is asked without reading every
/// quote: a text of many headings and many quotes (`QuoteFinder`'s heading echoes) stays near
/// linear, where comparing the words as strings, quote by quote, took seconds.
struct WordSequences {
    /// Each quote's words, as numbers standing for their folded forms.
    private var quotes: [[Int]] = []
    /// The number of each folded word met.
    private var numbers: [String: Int] = [:]
    /// Where each word stands: the quote and the word's place in it.
    private var places: [[(quote: Int, at: Int)]] = []
    /// The first quote with each run of words (a quote's words, whole), for the quotes that have
    /// words.
    private var wholes: [[Int]: Int] = [:]
    /// The numbers of words of the quotes in `wholes`, fewest first.
    private var lengths: [Int] = []

    /// Indexes the word-like tokens of each of `quotes`.
    init<Quotes: Sequence>(_ quotes: Quotes) where Quotes.Element: Sequence<Token> {
        for (q, tokens) in quotes.enumerated() {
            var words: [Int] = []
            for token in tokens where token.isWordLike {
                let number = numbers[token.norm] ?? numbers.count
                if number == numbers.count {
                    numbers[token.norm] = number
                    places.append([])
                }
                places[number].append((q, words.count))
                words.append(number)
            }
            self.quotes.append(words)
            if !words.isEmpty, wholes[words] == nil { wholes[words] = q }
        }
        lengths = Set(wholes.keys.map(\.count)).sorted()
    }

    /// Whether some quote holds `words` (folded forms), one after the other; false for no words.
    func holds(_ words: [String]) -> Bool { firstHolder(of: words) != nil }

    /// The first quote (by its place among the quotes indexed) that holds `words` (folded forms),
    /// one after the other; nil when none does or for no words.
    func firstHolder(of words: [String]) -> Int? {
        var run: [Int] = []
        for word in words {
            guard let number = numbers[word] else { return nil }
            run.append(number)
        }
        // The run's rarest word anchors it: only the places of that word are read, in the order
        // of the quotes.
        guard let anchor = run.indices.min(by: { places[run[$0]].count < places[run[$1]].count }) else {
            return nil
        }
        return places[run[anchor]].first { place in
            let start = place.at - anchor
            let words = quotes[place.quote]
            return start >= 0 && start + run.count <= words.count
                && words[start..<(start + run.count)].elementsEqual(run)
        }?.quote
    }

    /// The first quote (by its place among the quotes indexed) whose words, all of them, stand
    /// one after the other in `words` (folded forms): a short quote a longer text holds whole.
    /// Nil when none does; a quote with no words is held by nothing.
    func firstHeld(in words: [String]) -> Int? {
        // A word no quote has breaks every run through it.
        let run = words.map { numbers[$0] ?? -1 }
        var first: Int? = nil
        for length in lengths {
            if length > run.count { break }
            for start in 0...(run.count - length) {
                let slice = Array(run[start..<(start + length)])
                if let q = wholes[slice], q < (first ?? Int.max) { first = q }
            }
        }
        return first
    }
}
