/// A name found by the entity recogniser: a range of token indices and its type.
struct TokenName: Equatable, Sendable {
    /// The tokens of the name.
    var range: Range<Int>
    /// What the name is.
    var type: EntityType
    /// Whether a rule typed the name from its form ("l'ouragan Sandy"), which weighs more than
    /// the model's guess when the article's occurrences vote on one type.
    var isCertain: Bool

    init(_ range: Range<Int>, _ type: EntityType, isCertain: Bool = false) {
        self.range = range
        self.type = type
        self.isCertain = isCertain
    }
}

/// One step of the rules applied after the entity model, for what the guidelines fix and the
/// training data do not teach (spans, institutions, place heads, events, consistency).
///
/// A rule reads the document through a shared ``EntityRuleContext`` and returns the names it
/// leaves: in text order, without overlaps. Rules run in the order of an
/// ``EntityRulePipeline``, one list per language.
protocol EntityRule: Sendable {
    /// The names after this rule, given those found before it.
    func apply(to names: [TokenName], in context: EntityRuleContext) -> [TokenName]
}
