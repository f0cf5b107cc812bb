/// A place named right before a year is an edition of an event held there, MISC with its year:
/// "Paris-Nice 2027 : Al-Hakim s'impose", "Angoulême 2028 : le Fauve d'or", "Annecy 2028 : le
/// Cristal", "Paris 2024". The year is an edition's (``EntityRuleContext/isEditionYear(_:)``: one
/// space, no unit, no season). A place that is the complement of a noun is where that noun's
/// event is held: with an event's head right before it (`eventHead`: "le championnat d'Europe
/// 2026") the head, complement and year are the event; after another noun ("du film d'Annecy
/// 2028") the place is left as it is. Only that occurrence: the place alone stays a place
/// elsewhere in the article, so the rule runs after the article-wide vote.
struct PlaceYearEventRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        return names.enumerated().map { k, n in
            let y = n.range.upperBound
            guard n.type == .location, c.isEditionYear(y) else { return n }
            if k + 1 < names.count && names[k + 1].range.lowerBound <= y { return n }
            var start = n.range.lowerBound
            if let head = c.head(beforeComplementAt: start) {
                guard c.is(head, in: c.words.eventHead), c.continuesLine(head + 1),
                    k == 0 || names[k - 1].range.upperBound <= head
                else { return n }
                start = head
            }
            return TokenName(start..<(y + 1), .miscellaneous, isCertain: true)
        }
    }
}
