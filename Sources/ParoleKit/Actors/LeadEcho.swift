/// A lead that sums up words the article quotes again further down: "L'opposition dénonce « une
/// politique d'affichage »" in the first paragraph, then "Le chef de file de l'opposition, Thomas
/// Bru, a accusé la majorité de « mener une politique d'affichage »" (p384); "La direction de
/// Normandie Manutention dénonce une « prise d'otages »", then "Le directeur général …, Philippe
/// Aubertin, a de son côté parlé d'une « prise d'otages »" (p306). The same words quoted again
/// by a person are that person's: the lead named a body, or no one, for what its speaker said.
enum LeadEcho {
    /// The fewest content words (words that are no function word) a lead quote must hold to be
    /// matched: one word in quotation marks ("un « scandale »", "le « mépris »") is a term the
    /// lead uses, which any later quote holding that word would match, whoever says it; the
    /// heading echoes of `QuoteFinder` ask two words for the same reason. Both leads the
    /// strategy was made for hold two ("politique", "affichage"; "prise", "otages").
    static let minimumContentWords = 2

    /// How many of `words` (folded words joined by spaces) are not in `functionWords`.
    static func contentWordCount(_ words: String, functionWords: Set<String>) -> Int {
        words.split(separator: " ").count { !functionWords.contains(String($0)) }
    }

    /// The first of `later` (quote number, folded words: lower-case words joined by spaces) whose
    /// words hold the lead quote's `words` as whole words (the lead sums up, the body quotes at
    /// length); nil when none does or the lead quote has fewer than `minimumContentWords` words
    /// besides `functionWords`.
    static func source(
        of words: String, among later: [(quote: Int, words: String)], functionWords: Set<String>
    ) -> Int? {
        guard contentWordCount(words, functionWords: functionWords) >= minimumContentWords else { return nil }
        let padded = " " + words + " "
        return later.first { (" " + $0.words + " ").contains(padded) }?.quote
    }
}
