/// Parole's French entity recogniser: the trained ``EntityModel`` tags tokens, then
/// rules of an ``EntityRulePipeline`` fix spans the guidelines define (no titles or determiners, ministries
/// with their qualifiers, "col de Lachin", peoples) and make the article consistent
/// (a surname after the full name, an acronym after its expansion, one type per string).
public struct ModelEntityRecognizer: EntityRecognizer {
    let model: EntityModel?
    let lexicon: NameLexicon
    /// The rules run over the model's names.
    let pipeline: EntityRulePipeline
    /// The learned second look at whole names (nil: none), and the number of rules that run
    /// before it (the others run after it).
    let nameClassifier: EntityNameClassifier?
    let rulesBeforeClassifier: Int

    /// Creates a recogniser using `model` (nil: rules and gazetteers alone).
    public init(model: EntityModel? = .french) {
        self.init(model: model, droppingRules: [])
    }

    /// Creates a recogniser using `model` whose rule pipeline leaves out the rules named in
    /// `droppedRules` (type names, as ``ruleNames`` lists them), to measure each rule's share.
    public init(model: EntityModel? = .french, droppingRules droppedRules: Set<String>) {
        self.model = model
        self.lexicon = model?.lexicon ?? .french
        let pipeline =
            droppedRules.isEmpty
            ? EntityRulePipeline.french : EntityRulePipeline.french.dropping(droppedRules)
        self.pipeline = pipeline
        let classifier = model == nil ? nil : EntityNameClassifier.french
        self.nameClassifier = classifier
        self.rulesBeforeClassifier =
            classifier?.before.flatMap { pipeline.ruleNames.firstIndex(of: $0) } ?? pipeline.rules.count
    }

    /// Creates a recogniser using `model` and `nameClassifier` (nil: none), which runs before the
    /// rule named `classifierBefore` (nil: after every rule).
    package init(model: EntityModel?, nameClassifier: EntityNameClassifier?, classifierBefore: String? = nil)
    {
        self.model = model
        self.lexicon = model?.lexicon ?? .french
        let pipeline = EntityRulePipeline.french
        self.pipeline = pipeline
        self.nameClassifier = nameClassifier
        self.rulesBeforeClassifier =
            (classifierBefore ?? nameClassifier?.before).flatMap { name in
                pipeline.ruleNames.firstIndex(of: name)
            }
            ?? pipeline.rules.count
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
        let (names, observations, lexicon, modelNames) = namesBeforeClassifier(in: document)
        guard let nameClassifier else { return names.map { ($0.range, $0.type) } }
        let classified = nameClassifier.apply(
            to: names, document: document, observations: observations,
            mayChange: EntityNameClassifier.experimentModelOnly ? { modelNames.contains($0) } : { _ in true },
            fromModel: { modelNames.contains($0) })
        guard rulesBeforeClassifier < pipeline.rules.count else {
            return classified.map { ($0.range, $0.type) }
        }
        let rest = EntityRulePipeline(
            rules: Array(pipeline.rules[rulesBeforeClassifier...]), words: pipeline.words)
        return rest.apply(to: classified, document: document, observations: observations, lexicon: lexicon)
            .map { ($0.range, $0.type) }
    }

    /// The names the model and the rules before the classifier give, with what they read.
    private func namesBeforeClassifier(in document: Document) -> (
        [TokenName], TokenObservations, NameLexicon, Set<ModelName>
    ) {
        let tables = model?.lookupTables(tagging: document.tokens.count)
        let lexicon = tables?.lexicon ?? self.lexicon
        let observations = TokenObservations(document: document, lexicon: lexicon, clusters: tables?.clusters)
        var labels = [UInt8](repeating: EntityLabel.outside, count: document.tokens.count)
        if let model {
            labels = model.tag(observations, sentences: document.sentences.map(\.tokens))
        }
        let names = EntityLabel.names(labels).map { TokenName($0.0, $0.1) }
        let rules =
            rulesBeforeClassifier == pipeline.rules.count
            ? pipeline
            : EntityRulePipeline(
                rules: Array(pipeline.rules[..<rulesBeforeClassifier]), words: pipeline.words)
        return (
            rules.apply(to: names, document: document, observations: observations, lexicon: lexicon),
            observations,
            lexicon, Set(names.map { ModelName(range: $0.range, type: $0.type) })
        )
    }

    /// The names the classifier would see in `document` (the model's, after the rules that run
    /// before it), each with its span, type and features, for training the classifier.
    package func classifierInput(in document: Document) -> [(
        span: Span, type: EntityType?, features: [UInt64]
    )] {
        guard !document.tokens.isEmpty else { return [] }
        let (names, observations, _, modelNames) = namesBeforeClassifier(in: document)
        let proposals =
            EntityNameClassifier.experimentPropose
            ? EntityNameClassifier.proposals(in: document, observations: observations, besides: names) : []
        let all = names + proposals
        let features = EntityNameFeatures(
            document: document, observations: observations, names: all, proposals: proposals.count,
            fromModel: names.map { modelNames.contains($0) })
        return all.indices.filter {
            $0 >= names.count || !EntityNameClassifier.experimentModelOnly
                || modelNames.contains(ModelName(range: all[$0].range, type: all[$0].type))
        }.map { k in
            let type: EntityType? = k >= names.count ? nil : all[k].type
            return (document.span(tokens: all[k].range), type, features.of(k))
        }
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

/// A name as the model gave it (tokens and type), to tell the names the rules left alone.
struct ModelName: Hashable {
    var range: Range<Int>
    var type: EntityType
}

extension Set where Element == ModelName {
    func contains(_ name: TokenName) -> Bool { contains(ModelName(range: name.range, type: name.type)) }
}
