/// An organisation goes on over the "person" the model found right after it when neither side is
/// a first name: "Club Atlético" + "River Plate", "BNP" + "Paribas Fortis" are one organisation.
/// Not "UMP Nicolas Sarkozy" (a first name opens the person) nor "Chelsea Clinton" (the
/// "organisation" ends with one); on the same line, nothing between the two.
struct OrganisationContinuationRule: EntityRule {
    func apply(to input: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names: [TokenName] = []
        for n in input {
            if let last = names.last, last.type == .organization, n.type == .person,
                last.range.upperBound == n.range.lowerBound, c.continuesLine(n.range.lowerBound),
                !c.single(n.range.lowerBound, .firstName), !c.single(last.range.upperBound - 1, .firstName),
                !c.single(n.range.lowerBound, .title)
            {
                names[names.count - 1].range = last.range.lowerBound..<n.range.upperBound
            } else {
                names.append(n)
            }
        }
        return names
    }
}
