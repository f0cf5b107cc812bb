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
        }
    }

    /// Whether some quote holds `words` (folded forms), one after the other; false for no words.
    func holds(_ words: [String]) -> Bool {
        var run: [Int] = []
        for word in words {
            guard let number = numbers[word] else { return false }
            run.append(number)
        }
        // The run's rarest word anchors it: only the places of that word are read.
        guard let anchor = run.indices.min(by: { places[run[$0]].count < places[run[$1]].count }) else {
            return false
        }
        return places[run[anchor]].contains { place in
            let start = place.at - anchor
            let words = quotes[place.quote]
            return start >= 0 && start + run.count <= words.count
                && words[start..<(start + run.count)].elementsEqual(run)
        }
    }
}
