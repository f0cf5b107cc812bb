/// The entity rules of a language, in the order they run over the model's names.
struct EntityRulePipeline: Sendable {
    /// The rules, first to last.
    let rules: [any EntityRule]
    /// The words they consult.
    let words: EntityRuleWords

    /// The names after every rule, in text order, without overlaps.
    func apply(
        to modelNames: [TokenName], document: Document, observations: TokenObservations, lexicon: NameLexicon
    ) -> [TokenName] {
        let context = EntityRuleContext(
            document: document, observations: observations, lexicon: lexicon, words: words)
        return rules.reduce(modelNames) { names, rule in rule.apply(to: names, in: context) }
    }

    /// The names of the rules, first to last (their type names, as ``dropping(_:)`` takes them).
    var ruleNames: [String] { rules.map { String(describing: type(of: $0)) } }

    /// The same pipeline without the rules named in `names` (type names), to measure what each
    /// rule contributes.
    func dropping(_ names: Set<String>) -> EntityRulePipeline {
        EntityRulePipeline(
            rules: rules.filter { !names.contains(String(describing: type(of: $0))) }, words: words)
    }

    /// The French rules: spans first, then institutions and places, people, gazetteers, events,
    /// works, teams and products, and consistency across the article last.
    static let french = EntityRulePipeline(
        rules: [
            CoordinationSplitRule(),
            KnownOrganisationRule(),
            ListedNameRule(),
            MinistryRule(),
            GovernmentNameRule(),
            CapitalizedInstitutionRule(),
            PlaceHeadRule(),
            FullNameRule(),
            PeopleNounRule(),
            DemonymRule(),
            EpithetRule(),
            InitialsRule(),
            OrdinalNumberRule(),
            NameParticleRule(),
            ArticleBeforeNameRule(),
            GazetteerRule(),
            CutPlaceRule(),
            PlaceNounRule(),
            EventRule(),
            EnglishNameByKindRule(),
            PossessiveCompanyRule(),
            QuotedTitleRule(),
            TeamRule(),
            PlaceEventRule(),
            NamedEventRule(),
            AgreementRule(),
            PlaceClubRule(),
            LocalBranchRule(),
            ProductModelRule(),
            CompetitionNumberRule(),
            CompanyProductRule(),
            CompassPointRule(),
            NamedThingRule(),
            KnownThingRule(),
            LetterPlatformRule(),
            SpeechRecipientMediumRule(),
            BroadcastNounRule(),
            OrganisationKindRule(),
            JournalRule(),
            OrganisationRoleRule(),
            WebsiteRule(),
            NamedConceptRule(),
            OrganisationPrefixRule(),
            DatelineCreditRule(),
            AcronymRule(),
            SentenceEndAcronymRule(),
            PlaceInitialsRule(),
            LowercaseInstitutionRule(),
            QualifiedInstitutionRule(),
            OfficeTitleRule(),
            CommonNounAcronymRule(),
            DatedLawRule(),
            CapitalizedLawRule(),
            AbbreviationPeriodRule(),
            ListTypeRule(),
            DocumentConsistencyRule(),
            OrganisationShortFormRule(),
            EventYearRule(),
            PlaceYearEventRule(),
            CapitalGovernmentRule(),
            MatchTownRule(),
            ActingStateRule(),
            LocalAuthorityNameRule(),
            CapitalizedArticleRule(),
            DiseaseEponymRule(),
            RunOnPersonNameRule(),
        ],
        words: .french)
}
