/// Parole's French entity recogniser: the trained ``EntityModel`` tags tokens, then
/// rules of an ``EntityRulePipeline`` fix spans the guidelines define (no titles or determiners, ministries
/// with their qualifiers, "col de Lachin", peoples) and make the article consistent
/// (a surname after the full name, an acronym after its expansion, one type per string).
public struct ModelEntityRecognizer: EntityRecognizer {
    let model: EntityModel?
    let lexicon: NameLexicon
    /// The rules run over the model's names.
    let pipeline: EntityRulePipeline

    /// Creates a recogniser using `model` (nil: rules and gazetteers alone).
    public init(model: EntityModel? = .french) {
        self.init(model: model, droppingRules: [])
    }

    /// Creates a recogniser using `model` whose rule pipeline leaves out the rules named in
    /// `droppedRules` (type names, as ``ruleNames`` lists them), to measure each rule's share.
    public init(model: EntityModel? = .french, droppingRules droppedRules: Set<String>) {
        self.model = model
        self.lexicon = model?.lexicon ?? .french
        self.pipeline = droppedRules.isEmpty ? .french : EntityRulePipeline.french.dropping(droppedRules)
    }

    /// The names of the French entity rules in the order they run.
    public static var ruleNames: [String] { EntityRulePipeline.french.ruleNames }

    /// The entities in `document`, in text order, without overlaps.
    public func entities(in document: Document) -> [Entity] {
        names(in: document).map { range, type in
            let span = document.span(tokens: range)
            return Entity(span: span, type: type, text: document.text(span))
        }
    }

    /// The names found, as token ranges with types, in text order.
    func names(in document: Document) -> [(Range<Int>, EntityType)] {
        guard !document.tokens.isEmpty else { return [] }
        let tables = model?.lookupTables(tagging: document.tokens.count)
        let lexicon = tables?.lexicon ?? self.lexicon
        let observations = TokenObservations(document: document, lexicon: lexicon, clusters: tables?.clusters)
        var labels = [UInt8](repeating: EntityLabel.outside, count: document.tokens.count)
        if let model {
            labels = model.tag(observations, sentences: document.sentences.map(\.tokens))
        }
        let names = EntityLabel.names(labels).map { TokenName($0.0, $0.1) }
        return pipeline.apply(
            to: names, document: document, observations: observations, lexicon: lexicon
        ).map { ($0.range, $0.type) }
    }
}

extension ModelEntityRecognizer {
    /// The model's raw BIO label of every token ("O", "B-PER", …), before the rules, for error analysis.
    public func modelLabels(in document: Document) -> [String] {
        guard let model, !document.tokens.isEmpty else { return document.tokens.map { _ in "O" } }
        let observations = TokenObservations(document: document, lexicon: lexicon, clusters: model.clusters)
        return model.tag(observations, sentences: document.sentences.map(\.tokens)).map { l in
            l == 0 ? "O" : (EntityLabel.isBegin(l) ? "B-" : "I-") + EntityLabel.type(of: l).rawValue
        }
    }
}
