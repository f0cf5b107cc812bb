import Testing

@testable import ParoleKit

/// A role phrase standing alone refers to someone of its determiner's gender ("le toxicologue"
/// is not the woman named "la toxicologue X"); a noun of either gender before a name gives the
/// person its determiner's gender; a person named by what they do and not by name ("une
/// chirurgienne de l'hôpital") is an anonymous source, not nobody.
@Suite struct RoleAgreementTests {
    let analyzer = Analyzer()

    @Test func aRoleAloneSkipsTheHolderOfTheOtherGender() {
        let text = """
            Pesticides : les experts divisés

            Pour la toxicologue Dominique Arnal, « le risque dépend toujours de la dose ». Gérard Touchard, toxicologue lui aussi, travaille depuis vingt ans sur les herbicides.

            « Les agences ont examiné toutes les études disponibles », affirme le toxicologue.
            """
        let names = analyzer.speakerNames(text)
        #expect(names.first == "Dominique Arnal")
        #expect(names.last == "Gérard Touchard")
    }

    @Test func aNounOfEitherGenderBeforeANameGivesItsDeterminersGender() {
        let text = """
            Pesticides : les experts divisés

            Le député Paul Henry a ouvert la séance de la commission lundi. La toxicologue Dominique Arnal a présenté ses travaux.

            « Il faudra encore des années d'études », a-t-il ajouté.
            """
        #expect(analyzer.speakerNames(text) == ["Paul Henry"])
    }

    @Test func aRelativeClauseAfterANameIsNoRoleAndGivesNoGender() {
        let text = """
            Sécheresse dans les Causses

            Les aides ont été jugées dérisoires par Tsering, qui dirige une coopérative de bergers du plateau. « Avec ça, personne ne rachètera un troupeau », a-t-il réagi.
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.name == "Tsering")
        #expect(actor?.roles.isEmpty == true)
    }

    @Test func aPersonNamedByWhatTheyDoIsAnAnonymousSource() {
        let text = """
            Hôpital de Vannes : la colère des soignants

            Une chirurgienne de l'hôpital de Vannes est plus sévère encore : « Personne ne nous a consultés avant de fermer le service. »
            """
        let actor = analyzer.speakerActors(text).first ?? nil
        #expect(actor?.kind == .anonymousSource)
        #expect(actor?.name.contains("chirurgienne") == true)
    }
}
