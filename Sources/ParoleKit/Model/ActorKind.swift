/// What sort of source an actor is: the types that statistics over speakers (who is quoted,
/// how often) count by. The raw values are the stable strings of `actors[].kind` in the JSON.
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    /// A person named in the article ("Dmitri Peskov").
    case person
    /// An institution, company, party, medium or other body ("ministère de la Défense", "Reuters").
    case organisation
    /// A source the article does not name: "une source gouvernementale", "un porte-parole de l'UE",
    /// "des analystes", a role whose holder the article never names.
    case anonymousSource = "anonymous-source"
    /// A text that is cited, not a speaker: a report, study, survey, count, statement ("selon un
    /// rapport de l'ONU").
    case document
    /// A place standing for its government ("Pékin a averti", "selon Washington").
    case government
}
