/// The spans where an actor is mentioned, in the order they were found, with a set for
/// membership and their starts kept sorted: checking for a span and finding the last mention
/// before an offset stay cheap for an actor mentioned thousands of times in one long text.
struct OccurrenceList: RandomAccessCollection, ExpressibleByArrayLiteral {
    private var spans: [Span] = []
    private var members: Set<Span> = []
    /// The starts of `spans`, ascending.
    private var starts: [Int] = []
    /// `spans` in the order of `starts`.
    private var sorted: [Span] = []

    init() {}

    init(arrayLiteral elements: Span...) {
        for span in elements { append(span) }
    }

    var startIndex: Int { spans.startIndex }
    var endIndex: Int { spans.endIndex }
    subscript(position: Int) -> Span { spans[position] }

    /// Adds `span` at the end (spans are usually found in text order, so the sorted starts
    /// grow at their end too).
    mutating func append(_ span: Span) {
        spans.append(span)
        members.insert(span)
        if let last = starts.last, span.start < last {
            let k = insertionPoint(of: span.start)
            starts.insert(span.start, at: k)
            sorted.insert(span, at: k)
        } else {
            starts.append(span.start)
            sorted.append(span)
        }
    }

    /// Whether `span` is one of the occurrences.
    func contains(_ span: Span) -> Bool { members.contains(span) }

    /// The first start of all.
    var firstStart: Int? { starts.first }

    /// The largest start below `offset`.
    func lastStart(before offset: Int) -> Int? {
        let k = insertionPoint(of: offset)
        return k > 0 ? starts[k - 1] : nil
    }

    /// The mention starting last below `offset`.
    func lastSpan(before offset: Int) -> Span? {
        let k = insertionPoint(of: offset)
        return k > 0 ? sorted[k - 1] : nil
    }

    /// The mention starting first at or after `offset`.
    func firstSpan(atOrAfter offset: Int) -> Span? {
        let k = insertionPoint(of: offset)
        return k < sorted.count ? sorted[k] : nil
    }

    /// The index of the first start not below `value`.
    private func insertionPoint(of value: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
