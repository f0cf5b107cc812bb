/// A lead that sums up words the article quotes again further down: "L'opposition dénonce « une
/// politique d'affichage »" in the first paragraph, then "Le chef de file de l'opposition, Thomas
/// Bru, a accusé la majorité de « mener une politique d'affichage »" (p384); "La direction de
/// Normandie Manutention dénonce une « prise d'otages »", then "Le directeur général …, Philippe
/// Aubertin, a de son côté parlé d'une « prise d'otages »" (p306). The same words quoted again
/// by a person are that person's: the lead named a body, or no one, for what its speaker said.
enum LeadEcho {
    /// The first of `later` (quote number, folded words: lower-case words joined by spaces) whose
    /// words hold the lead quote's `words` as whole words (the lead sums up, the body quotes at
    /// length); nil when none does or the lead quote has no words.
    static func source(of words: String, among later: [(quote: Int, words: String)]) -> Int? {
        guard !words.isEmpty else { return nil }
        let padded = " " + words + " "
        return later.first { (" " + $0.words + " ").contains(padded) }?.quote
    }
}
