/// A name goes on over the Roman number written right after it: a sovereign's or pope's
/// ("Abdallah II", "Napoléon III", "Albert Ier", "Benoît XVI"), a sequel's ("Use Your Illusion
/// II"). The number is a capitalised word of `romanNumeral` on the same line; a name the model
/// found there already is left as it is.
struct OrdinalNumberRule: EntityRule {
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName] {
        let c = context
        var names = names
        for k in names.indices {
            let end = names[k].range.upperBound
            guard c.isCap(end), c.is(end, in: c.words.romanNumeral), c.continuesLine(end),
                k + 1 == names.count || names[k + 1].range.lowerBound > end
            else { continue }
            names[k].range = names[k].range.lowerBound..<end + 1
        }
        return names
    }
}
