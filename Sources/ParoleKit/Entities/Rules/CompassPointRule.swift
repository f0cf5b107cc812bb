/// A place and its compass point are one place: "Amérique du Nord", "Asie du Sud-Est",
/// "Afrique de l'Ouest"; so are a place and a geographic or national adjective after it:
/// "Amérique latine", "Asie centrale", "Rome antique", "Alpes françaises", "Kurdistan irakien",
/// also with the adjective capitalised when the name was given another type ("Amérique Latine").
struct CompassPointRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var extended: [TokenName] = []
        for n in names where n.type != .location && n.range.count >= 2 {
            // The adjective written with a capital, the whole found as another type: "Amérique
            // Latine", "Asie Centrale".
            let last = n.range.upperBound - 1
            if c.isCap(last), c.is(last, in: c.words.geographicAdjective),
                c.isKnown(n.range.lowerBound..<last, as: .place)
            {
                extended.append(TokenName(n.range, .location))
            }
        }
        for n in names where n.type == .location {
            let k = n.range.upperBound
            if k < c.tokens.count, !c.tokens[k].isCapitalized, c.continuesLine(k),
                c.is(k, in: c.words.geographicAdjective)
                    || (c.tokens[k].kind == .word && c.single(k, .people))
            {
                extended.append(TokenName(n.range.lowerBound..<(k + 1), .location))
                continue
            }
            guard let point = c.complement(at: k), c.isCap(point), c.is(point, in: c.words.compassPoint),
                !c.isCap(point + 1)
            else { continue }
            extended.append(TokenName(n.range.lowerBound..<(point + 1), .location))
        }
        return c.overlay(names, with: extended)
    }
}
